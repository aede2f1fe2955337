package org.onetrip.disclosure.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.onetrip.disclosure.command.Rules.hasText;
import static org.onetrip.disclosure.command.Rules.knownDepartment;
import static org.onetrip.disclosure.command.Rules.maxLength;
import static org.onetrip.disclosure.command.Rules.requireActor;
import static org.onetrip.disclosure.command.Rules.requireText;
import static org.onetrip.disclosure.command.Rules.requireValue;
import static org.onetrip.disclosure.command.Rules.roleViolation;
import static org.onetrip.disclosure.command.Violation.firstOf;

import java.util.Objects;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.disclosure.api.CorrectNoticeCommand;
import org.onetrip.disclosure.api.DisclosureLimits;
import org.onetrip.disclosure.api.DisclosureOutcome;
import org.onetrip.disclosure.api.DisclosureRefusalReason;
import org.onetrip.disclosure.api.DisclosureRefusedException;
import org.onetrip.disclosure.api.NoticeCorrectedEvent;
import org.onetrip.disclosure.api.NoticePublishedEvent;
import org.onetrip.disclosure.api.NoticeRetractedEvent;
import org.onetrip.disclosure.api.PublishNoticeCommand;
import org.onetrip.disclosure.api.RetractNoticeCommand;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.command.EventContexts;

/**
 * A notice or policy interpretation. A correction is a new text published beside the original; a
 * retraction leaves a tombstone with the reason. Nothing once published disappears.
 */
@Aggregate
public class Notice {

    @AggregateIdentifier
    private String noticeId;

    private String title;
    private String body;
    private int corrections;
    private boolean retracted;

    protected Notice() {}

    @CommandHandler
    public Notice(PublishNoticeCommand command, EventContexts contexts, DepartmentDirectory departments) {
        requireActor(command.actor(), command.channel());
        requireText(command.noticeId(), "noticeId", 64);
        requireValue(command.kind(), "kind");
        requireText(command.title(), "title", DisclosureLimits.NOTICE_TITLE);
        requireText(command.body(), "body", DisclosureLimits.NOTICE_BODY);
        knownDepartment(departments, command.departmentCode(), "departmentCode");
        if (command.relatedItemCodes().size() > DisclosureLimits.RELATED_ITEMS) {
            throw new InvalidCommandException(
                    "relatedItemCodes", "at most " + DisclosureLimits.RELATED_ITEMS + " items");
        }
        for (var code : command.relatedItemCodes()) {
            if (code == null || !DisclosureLimits.ITEM_CODE.matcher(code).matches()) {
                throw new InvalidCommandException("relatedItemCodes", "not a service item code: " + code);
            }
        }
        if (!DisclosureRoles.editsCatalogue(command.actor())) {
            throw new DisclosureRefusedException(
                    DisclosureRefusalReason.ROLE_NOT_ALLOWED,
                    roleViolation(false, command.actor(), command).detail());
        }
        apply(new NoticePublishedEvent(
                command.noticeId(),
                contexts.of(command.actor(), command.channel()),
                command.kind(),
                command.title().strip(),
                command.body(),
                command.departmentCode(),
                command.relatedItemCodes()));
    }

    @CommandHandler
    public DisclosureOutcome handle(CorrectNoticeCommand command, EventContexts contexts) {
        requireActor(command.actor(), command.channel());
        maxLength(command.title(), "title", DisclosureLimits.NOTICE_TITLE);
        requireText(command.body(), "body", DisclosureLimits.NOTICE_BODY);
        requireText(command.reason(), "reason", DisclosureLimits.REASON);
        var correctedTitle = hasText(command.title()) ? command.title().strip() : title;
        var violation = firstOf(
                roleViolation(DisclosureRoles.editsCatalogue(command.actor()), command.actor(), command),
                notRetracted(),
                Objects.equals(correctedTitle, title) && Objects.equals(command.body(), body)
                        ? new Violation(DisclosureRefusalReason.NO_CHANGE, "the corrected text is the current text")
                        : null);
        if (violation != null) {
            return Rules.refuse(noticeId, command, command.actor(), command.channel(), violation, contexts);
        }
        apply(new NoticeCorrectedEvent(
                noticeId,
                contexts.of(command.actor(), command.channel()),
                corrections + 1,
                correctedTitle,
                command.body(),
                command.reason().strip()));
        return new DisclosureOutcome.Done(noticeId);
    }

    @CommandHandler
    public DisclosureOutcome handle(RetractNoticeCommand command, EventContexts contexts) {
        requireActor(command.actor(), command.channel());
        requireText(command.reason(), "reason", DisclosureLimits.REASON);
        var violation = firstOf(
                roleViolation(DisclosureRoles.editsCatalogue(command.actor()), command.actor(), command),
                notRetracted());
        if (violation != null) {
            return Rules.refuse(noticeId, command, command.actor(), command.channel(), violation, contexts);
        }
        apply(new NoticeRetractedEvent(
                noticeId,
                contexts.of(command.actor(), command.channel()),
                command.reason().strip()));
        return new DisclosureOutcome.Done(noticeId);
    }

    @EventSourcingHandler
    void on(NoticePublishedEvent event) {
        noticeId = event.noticeId();
        title = event.title();
        body = event.body();
    }

    @EventSourcingHandler
    void on(NoticeCorrectedEvent event) {
        corrections = event.correctionNumber();
        title = event.title();
        body = event.body();
    }

    @EventSourcingHandler
    void on(NoticeRetractedEvent event) {
        retracted = true;
    }

    private Violation notRetracted() {
        return retracted ? new Violation(DisclosureRefusalReason.WRONG_STATE, "the notice was retracted") : null;
    }
}
