package org.onetrip.cases.application;

import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.AddProgressNoteCommand;
import org.onetrip.cases.api.AnswerCaseCommand;
import org.onetrip.cases.api.ApproveExtensionCommand;
import org.onetrip.cases.api.ApproveTransferCommand;
import org.onetrip.cases.api.AssignCaseCommand;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CloseCaseCommand;
import org.onetrip.cases.api.DeclineCaseCommand;
import org.onetrip.cases.api.DenyExtensionCommand;
import org.onetrip.cases.api.FindCaseRefQuery;
import org.onetrip.cases.api.MergeCaseCommand;
import org.onetrip.cases.api.ProposeTransferCommand;
import org.onetrip.cases.api.RateCaseCommand;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.api.RejectTransferCommand;
import org.onetrip.cases.api.ReopenCaseCommand;
import org.onetrip.cases.api.RepublishResultCommand;
import org.onetrip.cases.api.RequestExtensionCommand;
import org.onetrip.cases.api.ReturnCaseCommand;
import org.onetrip.cases.api.SignForCaseCommand;
import org.onetrip.cases.api.TransferCaseCommand;
import org.onetrip.cases.api.WithholdResultCommand;
import org.onetrip.cases.query.CaseTimelineQueries;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.springframework.stereotype.Service;

/**
 * Handling a case, for the intake desk (受理, 交办, 转办, 并单, 回访) and the departments (签收, 退回, 答复),
 * whoever asks through whichever screen or endpoint: the case decides who may do what and when, and
 * answers with its new status and version, or why not. Staff act through the workbench; {@code
 * expectedVersion}, when given, refuses the action if the case changed since it was read.
 */
@Service
public class CaseHandling {

    /** How a rating reaches intake on the complainant's behalf: by phone (回访) or at the window. */
    public static final Set<Channel> STAFF_RATING_CHANNELS =
            Collections.unmodifiableSet(EnumSet.of(Channel.HOTLINE, Channel.WINDOW));

    private static final Channel WORKBENCH = Channel.WORKBENCH;

    private final CaseCommands commands;
    private final CaseTimelineQueries queries;

    CaseHandling(CaseCommands commands, CaseTimelineQueries queries) {
        this.commands = commands;
        this.queries = queries;
    }

    public CaseOutcome<CaseRefResponse> accept(String caseId, Actor by, String note, Long expectedVersion) {
        return commands.send(new AcceptCaseCommand(caseId, by, WORKBENCH, note, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> decline(String caseId, Actor by, String reason, Long expectedVersion) {
        return commands.send(new DeclineCaseCommand(caseId, by, WORKBENCH, reason, expectedVersion));
    }

    /** {@code deadlineResetReason} given: the clock starts again; otherwise a re-assignment keeps the due date. */
    public CaseOutcome<CaseRefResponse> assign(
            String caseId,
            Actor by,
            String departmentCode,
            String instructions,
            String deadlineResetReason,
            Long expectedVersion) {
        return commands.send(new AssignCaseCommand(
                caseId, by, WORKBENCH, departmentCode, instructions, deadlineResetReason, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> signFor(String caseId, Actor by, Long expectedVersion) {
        return commands.send(new SignForCaseCommand(caseId, by, WORKBENCH, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> addProgressNote(String caseId, Actor by, String note, Long expectedVersion) {
        return commands.send(new AddProgressNoteCommand(caseId, by, WORKBENCH, note, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> requestExtension(
            String caseId, Actor by, int workingDays, String reason, Long expectedVersion) {
        return commands.send(new RequestExtensionCommand(caseId, by, WORKBENCH, workingDays, reason, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> approveExtension(String caseId, Actor by, String note, Long expectedVersion) {
        return commands.send(new ApproveExtensionCommand(caseId, by, WORKBENCH, note, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> denyExtension(String caseId, Actor by, String reason, Long expectedVersion) {
        return commands.send(new DenyExtensionCommand(caseId, by, WORKBENCH, reason, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> returnCase(String caseId, Actor by, String reason, Long expectedVersion) {
        return commands.send(new ReturnCaseCommand(caseId, by, WORKBENCH, reason, expectedVersion));
    }

    /** The intake desk moves the case itself; a department proposes instead. */
    public CaseOutcome<CaseRefResponse> transfer(
            String caseId, Actor by, String toDepartmentCode, String reason, Long expectedVersion) {
        return commands.send(new TransferCaseCommand(caseId, by, WORKBENCH, toDepartmentCode, reason, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> proposeTransfer(
            String caseId, Actor by, String toDepartmentCode, String reason, Long expectedVersion) {
        return commands.send(
                new ProposeTransferCommand(caseId, by, WORKBENCH, toDepartmentCode, reason, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> approveTransfer(String caseId, Actor by, Long expectedVersion) {
        return commands.send(new ApproveTransferCommand(caseId, by, WORKBENCH, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> rejectTransfer(String caseId, Actor by, String reason, Long expectedVersion) {
        return commands.send(new RejectTransferCommand(caseId, by, WORKBENCH, reason, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> answer(String caseId, Actor by, String answer, Long expectedVersion) {
        return commands.send(new AnswerCaseCommand(caseId, by, WORKBENCH, answer, expectedVersion));
    }

    /** A rating the complainant gave intake by phone or at the window, recorded with that channel. */
    public CaseOutcome<CaseRefResponse> recordRating(
            String caseId, Actor by, Channel takenThrough, Rating rating, String comment, Long expectedVersion) {
        if (!STAFF_RATING_CHANNELS.contains(takenThrough)) {
            return new CaseOutcome.Invalid<>("channel", "channel must be HOTLINE or WINDOW");
        }
        return commands.send(new RateCaseCommand(caseId, by, takenThrough, rating, comment, expectedVersion));
    }

    /** The public rate the answer through the portal with their receipt code; an unknown code is Unknown. */
    public CaseOutcome<CaseRefResponse> rateAsPublic(String receiptCode, Rating rating, String comment) {
        var code = ReceiptCode.parse(receiptCode);
        var ref = code.flatMap(parsed -> queries.handle(FindCaseRefQuery.byReceiptCode(parsed.value())));
        if (ref.isEmpty()) {
            return CaseCommands.unknown("with that code");
        }
        return commands.send(new RateCaseCommand(
                ref.get().caseId(), Actor.PUBLIC, Channel.PORTAL, rating, CaseFiling.blankToNull(comment), null));
    }

    public CaseOutcome<CaseRefResponse> reopen(String caseId, Actor by, String reason, Long expectedVersion) {
        return commands.send(new ReopenCaseCommand(caseId, by, WORKBENCH, reason, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> close(String caseId, Actor by, String remark, Long expectedVersion) {
        return commands.send(new CloseCaseCommand(caseId, by, WORKBENCH, remark, expectedVersion));
    }

    /** 不予公开: the case's handling result stays off the public pages; the filer still reads it. */
    public CaseOutcome<CaseRefResponse> withholdResult(String caseId, Actor by, String reason, Long expectedVersion) {
        return commands.send(new WithholdResultCommand(caseId, by, WORKBENCH, reason, expectedVersion));
    }

    public CaseOutcome<CaseRefResponse> republishResult(String caseId, Actor by, String reason, Long expectedVersion) {
        return commands.send(new RepublishResultCommand(caseId, by, WORKBENCH, reason, expectedVersion));
    }

    /** 并单: this case is the duplicate; both keep their events. */
    public CaseOutcome<CaseRefResponse> merge(
            String caseId, Actor by, String primaryCaseId, String reason, Long expectedVersion) {
        return commands.send(new MergeCaseCommand(caseId, by, WORKBENCH, primaryCaseId, reason, expectedVersion));
    }
}
