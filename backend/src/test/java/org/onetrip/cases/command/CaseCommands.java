package org.onetrip.cases.command;

import static org.onetrip.cases.command.Cases.CASE_ID;
import static org.onetrip.cases.command.Cases.DESCRIPTION;
import static org.onetrip.cases.command.Cases.RECEIPT_CODE;
import static org.onetrip.cases.command.Cases.TITLE;
import static org.onetrip.cases.command.Cases.channelOf;

import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.AccountabilityMeasure;
import org.onetrip.cases.api.AddProgressNoteCommand;
import org.onetrip.cases.api.AnswerCaseCommand;
import org.onetrip.cases.api.ApproveExtensionCommand;
import org.onetrip.cases.api.ApproveTransferCommand;
import org.onetrip.cases.api.AssignCaseCommand;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CloseCaseCommand;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.ConcludeSupervisionCommand;
import org.onetrip.cases.api.DeclineCaseCommand;
import org.onetrip.cases.api.DenyExtensionCommand;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.OpenSupervisionCommand;
import org.onetrip.cases.api.ProposeTransferCommand;
import org.onetrip.cases.api.RateCaseCommand;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.RecordAccountabilityCommand;
import org.onetrip.cases.api.RejectTransferCommand;
import org.onetrip.cases.api.ReopenCaseCommand;
import org.onetrip.cases.api.RepublishResultCommand;
import org.onetrip.cases.api.RequestExtensionCommand;
import org.onetrip.cases.api.ReturnCaseCommand;
import org.onetrip.cases.api.SignForCaseCommand;
import org.onetrip.cases.api.TransferCaseCommand;
import org.onetrip.cases.api.WithholdResultCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Commands on {@link Cases#CASE_ID}, sent through the actor's usual channel, with no expected version. */
final class CaseCommands {

    private CaseCommands() {}

    static FileCaseCommand file(Actor actor, Channel channel) {
        return new FileCaseCommand(
                CASE_ID,
                actor,
                channel,
                RECEIPT_CODE,
                CaseKind.COMPLAINT,
                CaseCategory.MORE_THAN_ONE_TRIP,
                TITLE,
                DESCRIPTION,
                null,
                "guotu",
                Complainant.NONE);
    }

    static FileCaseCommand file(Actor actor) {
        return file(actor, channelOf(actor));
    }

    static AcceptCaseCommand accept(Actor actor) {
        return new AcceptCaseCommand(CASE_ID, actor, channelOf(actor), "a matter for 国土所", null);
    }

    static DeclineCaseCommand decline(Actor actor, String reason) {
        return new DeclineCaseCommand(CASE_ID, actor, channelOf(actor), reason, null);
    }

    static AssignCaseCommand assign(Actor actor, String department) {
        return assign(actor, department, null);
    }

    static AssignCaseCommand assign(Actor actor, String department, String deadlineResetReason) {
        return new AssignCaseCommand(
                CASE_ID, actor, channelOf(actor), department, "reply within the limit", deadlineResetReason, null);
    }

    static SignForCaseCommand signFor(Actor actor) {
        return new SignForCaseCommand(CASE_ID, actor, channelOf(actor), null);
    }

    static AddProgressNoteCommand progressNote(Actor actor, String note) {
        return new AddProgressNoteCommand(CASE_ID, actor, channelOf(actor), note, null);
    }

    static RequestExtensionCommand requestExtension(Actor actor, int workingDays) {
        return requestExtension(actor, workingDays, "waiting for the county survey");
    }

    static RequestExtensionCommand requestExtension(Actor actor, int workingDays, String reason) {
        return new RequestExtensionCommand(CASE_ID, actor, channelOf(actor), workingDays, reason, null);
    }

    static ApproveExtensionCommand approveExtension(Actor actor) {
        return new ApproveExtensionCommand(CASE_ID, actor, channelOf(actor), "survey confirmed late", null);
    }

    static DenyExtensionCommand denyExtension(Actor actor, String reason) {
        return new DenyExtensionCommand(CASE_ID, actor, channelOf(actor), reason, null);
    }

    static ReturnCaseCommand returnCase(Actor actor, String reason) {
        return new ReturnCaseCommand(CASE_ID, actor, channelOf(actor), reason, null);
    }

    static TransferCaseCommand transfer(Actor actor, String toDepartment) {
        return transfer(actor, toDepartment, "the land use belongs to the village");
    }

    static TransferCaseCommand transfer(Actor actor, String toDepartment, String reason) {
        return new TransferCaseCommand(CASE_ID, actor, channelOf(actor), toDepartment, reason, null);
    }

    static ProposeTransferCommand proposeTransfer(Actor actor, String toDepartment) {
        return proposeTransfer(actor, toDepartment, "the land use belongs to the village");
    }

    static ProposeTransferCommand proposeTransfer(Actor actor, String toDepartment, String reason) {
        return new ProposeTransferCommand(CASE_ID, actor, channelOf(actor), toDepartment, reason, null);
    }

    static ApproveTransferCommand approveTransfer(Actor actor) {
        return new ApproveTransferCommand(CASE_ID, actor, channelOf(actor), null);
    }

    static RejectTransferCommand rejectTransfer(Actor actor, String reason) {
        return new RejectTransferCommand(CASE_ID, actor, channelOf(actor), reason, null);
    }

    static AnswerCaseCommand answer(Actor actor, String answer) {
        return new AnswerCaseCommand(CASE_ID, actor, channelOf(actor), answer, null);
    }

    static RateCaseCommand rate(Actor actor, Rating rating) {
        return new RateCaseCommand(CASE_ID, actor, channelOf(actor), rating, "thanks", null);
    }

    static ReopenCaseCommand reopen(Actor actor, String reason) {
        return new ReopenCaseCommand(CASE_ID, actor, channelOf(actor), reason, null);
    }

    static CloseCaseCommand close(Actor actor, String remark) {
        return new CloseCaseCommand(CASE_ID, actor, channelOf(actor), remark, null);
    }

    static WithholdResultCommand withholdResult(Actor actor, String reason) {
        return new WithholdResultCommand(CASE_ID, actor, channelOf(actor), reason, null);
    }

    static RepublishResultCommand republishResult(Actor actor, String reason) {
        return new RepublishResultCommand(CASE_ID, actor, channelOf(actor), reason, null);
    }

    static OpenSupervisionCommand openSupervision(Actor actor, String reason) {
        return new OpenSupervisionCommand(CASE_ID, actor, channelOf(actor), reason, null);
    }

    static ConcludeSupervisionCommand concludeSupervision(Actor actor, String conclusion) {
        return new ConcludeSupervisionCommand(CASE_ID, actor, channelOf(actor), conclusion, null);
    }

    static RecordAccountabilityCommand recordAccountability(Actor actor, String department) {
        return new RecordAccountabilityCommand(
                CASE_ID,
                actor,
                channelOf(actor),
                department,
                "handler-guotu",
                AccountabilityMeasure.ORDER_TO_RECTIFY,
                "asked for a stamp that is not in the catalogue",
                null);
    }
}
