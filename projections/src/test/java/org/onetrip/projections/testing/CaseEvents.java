package org.onetrip.projections.testing;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.DuplicateCaseMergedEvent;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.ExtensionDeniedEvent;
import org.onetrip.cases.api.ExtensionRequestedEvent;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.api.ResultRepublishedEvent;
import org.onetrip.cases.api.ResultWithheldEvent;
import org.onetrip.cases.api.TransferProposedEvent;
import org.onetrip.cases.api.TransferRejectedEvent;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;

/**
 * Writes one case's history the way the aggregate would, one event per call, with a clock that
 * moves on by whole days so working-day rules can be exercised.
 */
public final class CaseEvents {

    public static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");

    private final String caseId;
    private final List<CaseEvent> events = new ArrayList<>();
    private Instant now;
    private int ids;

    private CaseEvents(String caseId, Instant start) {
        this.caseId = caseId;
        this.now = start;
    }

    /** Starts on Monday 2026-03-02, 10:00 in Shanghai. */
    public static CaseEvents caseNamed(String caseId) {
        return new CaseEvents(caseId, Instant.parse("2026-03-02T02:00:00Z"));
    }

    public CaseEvents filed(CaseCategory category, String serviceItem) {
        events.add(new CaseFiledEvent(
                caseId,
                context(Actor.PUBLIC, Channel.PORTAL),
                ReceiptCode.generate().value(),
                CaseKind.COMPLAINT,
                category,
                "办事来回跑",
                "详细情况",
                serviceItem,
                null,
                FiledComplainant.encrypted(true, new EncryptedContact("key-" + caseId, "c2VhbGVk"))));
        return this;
    }

    public CaseEvents filed() {
        return filed(CaseCategory.BUCK_PASSING, null);
    }

    public CaseEvents accepted() {
        events.add(new CaseAcceptedEvent(caseId, context(INTAKE, Channel.WORKBENCH), null));
        return this;
    }

    public CaseEvents assigned(String department, LocalDate due) {
        events.add(new CaseAssignedEvent(
                caseId,
                context(INTAKE, Channel.WORKBENCH),
                department,
                null,
                due,
                13,
                2,
                DeadlineBasis.FIRST_ASSIGNMENT,
                null));
        return this;
    }

    public CaseEvents signedBy(String department) {
        events.add(new CaseSignedForEvent(caseId, context(handler(department), Channel.WORKBENCH), department));
        return this;
    }

    public CaseEvents returnedBy(String department) {
        events.add(new CaseReturnedEvent(caseId, context(handler(department), Channel.WORKBENCH), department, "不归我们"));
        return this;
    }

    public CaseEvents transferred(String from, String to, LocalDate due) {
        events.add(new CaseTransferredEvent(caseId, context(handler(from), Channel.WORKBENCH), from, to, "转办", due));
        return this;
    }

    public CaseEvents transferProposed(String from, String to, String reason) {
        events.add(new TransferProposedEvent(caseId, context(handler(from), Channel.WORKBENCH), from, to, reason));
        return this;
    }

    public CaseEvents transferRejected(String from, String to, String reason) {
        events.add(new TransferRejectedEvent(caseId, context(INTAKE, Channel.WORKBENCH), from, to, reason));
        return this;
    }

    /** The intake desk approving a proposal: the same transfer event, by intake, with the proposal's reason. */
    public CaseEvents transferApproved(String from, String to, String reason, LocalDate due) {
        events.add(new CaseTransferredEvent(caseId, context(INTAKE, Channel.WORKBENCH), from, to, reason, due));
        return this;
    }

    public CaseEvents extensionRequestedBy(String department) {
        events.add(new ExtensionRequestedEvent(
                caseId, context(handler(department), Channel.WORKBENCH), department, 5, "需要更多时间"));
        return this;
    }

    public CaseEvents extensionApproved(String department, LocalDate previous, LocalDate newDue) {
        events.add(new ExtensionApprovedEvent(
                caseId, context(INTAKE, Channel.WORKBENCH), department, 5, previous, newDue, 2, null));
        return this;
    }

    public CaseEvents extensionDenied(String department) {
        events.add(new ExtensionDeniedEvent(caseId, context(INTAKE, Channel.WORKBENCH), department, 5, "理由不充分"));
        return this;
    }

    public CaseEvents answeredBy(String department) {
        return answeredBy(department, "答复");
    }

    public CaseEvents answeredBy(String department, String answer) {
        events.add(new CaseAnsweredEvent(caseId, context(handler(department), Channel.WORKBENCH), department, answer));
        return this;
    }

    public CaseEvents resultWithheld() {
        events.add(new ResultWithheldEvent(caseId, context(INTAKE, Channel.WORKBENCH), "答复中有他人姓名"));
        return this;
    }

    public CaseEvents resultRepublished() {
        events.add(new ResultRepublishedEvent(caseId, context(INTAKE, Channel.WORKBENCH), "姓名已删去"));
        return this;
    }

    public CaseEvents rated(Rating rating) {
        events.add(new CaseRatedEvent(caseId, context(Actor.PUBLIC, Channel.PORTAL), rating, null));
        return this;
    }

    public CaseEvents reopenedFor(String department, LocalDate due) {
        events.add(new CaseReopenedEvent(caseId, context(INTAKE, Channel.WORKBENCH), department, "不满意", due, 10, 2));
        return this;
    }

    public CaseEvents closed() {
        events.add(new CaseClosedEvent(caseId, context(INTAKE, Channel.WORKBENCH), null, null));
        return this;
    }

    public CaseEvents duplicateMerged(String duplicateId) {
        events.add(new DuplicateCaseMergedEvent(caseId, context(INTAKE, Channel.WORKBENCH), duplicateId, "同一事项"));
        return this;
    }

    /** Moves the clock on by whole calendar days before the next event. */
    public CaseEvents daysLater(int days) {
        now = now.plus(Duration.ofDays(days));
        return this;
    }

    public List<CaseEvent> events() {
        return List.copyOf(events);
    }

    private EventContext context(Actor actor, Channel channel) {
        var context = new EventContext(caseId + "-e" + (++ids), actor, channel, now);
        now = now.plusSeconds(60);
        return context;
    }

    private static Actor handler(String department) {
        return new Actor("handler." + department, Role.HANDLER, department);
    }
}
