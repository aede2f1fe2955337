package org.onetrip.cases.command;

import static org.onetrip.cases.api.CaseStatus.ACCEPTED;
import static org.onetrip.cases.api.CaseStatus.ANSWERED;
import static org.onetrip.cases.api.CaseStatus.ASSIGNED;
import static org.onetrip.cases.api.CaseStatus.DECLINED;
import static org.onetrip.cases.api.CaseStatus.FILED;
import static org.onetrip.cases.api.CaseStatus.IN_PROGRESS;
import static org.onetrip.cases.api.CaseStatus.MERGED;
import static org.onetrip.cases.api.CaseStatus.RATED;
import static org.onetrip.cases.api.CaseStatus.RETURNED;
import static org.onetrip.cases.command.CaseRules.extensionPending;
import static org.onetrip.cases.command.CaseRules.holdsCase;
import static org.onetrip.cases.command.CaseRules.noExtensionPending;
import static org.onetrip.cases.command.CaseRules.noTransferPending;
import static org.onetrip.cases.command.CaseRules.notFinal;
import static org.onetrip.cases.command.CaseRules.roleIn;
import static org.onetrip.cases.command.CaseRules.signed;
import static org.onetrip.cases.command.CaseRules.stateIn;
import static org.onetrip.cases.command.CaseRules.transferPending;
import static org.onetrip.cases.command.Violation.firstOf;
import static org.onetrip.shared.api.Role.HANDLER;
import static org.onetrip.shared.api.Role.INTAKE;
import static org.onetrip.shared.api.Role.PUBLIC;

import java.util.EnumMap;
import org.onetrip.cases.api.AllowedActions;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.command.CommandNames;

/**
 * The rules of each action that depend on who acts and where the case stands — the one place the case
 * aggregate checks them ({@link Case} adds only what depends on the command's input) and screens ask
 * before offering an action, so a button is never offered for a click the case would refuse.
 */
public final class CaseActionRules {

    private CaseActionRules() {}

    /** Every action, allowed or refused with the reason the case would record, for this actor now. */
    public static AllowedActions of(CaseState state, long version, Actor actor) {
        var refusals = new EnumMap<CaseAction, RefusalReason>(CaseAction.class);
        for (var action : CaseAction.values()) {
            var violation = check(action, state, actor);
            if (violation != null) {
                refusals.put(action, violation.reason());
            }
        }
        return new AllowedActions(version, refusals);
    }

    static Violation check(CaseAction action, CaseState state, Actor actor) {
        var name = CommandNames.words(commandName(action));
        return switch (action) {
            case ACCEPT, DECLINE -> firstOf(notFinal(state), roleIn(actor, name, INTAKE), stateIn(state, FILED));
            case ASSIGN -> firstOf(notFinal(state), roleIn(actor, name, INTAKE), stateIn(state, ACCEPTED, RETURNED));
            case SIGN_FOR ->
                firstOf(
                        notFinal(state),
                        roleIn(actor, name, HANDLER),
                        stateIn(state, ASSIGNED),
                        holdsCase(state, actor));
            case ADD_PROGRESS_NOTE, ANSWER ->
                firstOf(
                        notFinal(state),
                        roleIn(actor, name, HANDLER),
                        stateIn(state, ASSIGNED, IN_PROGRESS),
                        holdsCase(state, actor),
                        signed(state));
            case REQUEST_EXTENSION ->
                firstOf(
                        notFinal(state),
                        roleIn(actor, name, HANDLER),
                        stateIn(state, ASSIGNED, IN_PROGRESS),
                        holdsCase(state, actor),
                        signed(state),
                        noExtensionPending(state));
            case APPROVE_EXTENSION, DENY_EXTENSION ->
                firstOf(notFinal(state), roleIn(actor, name, INTAKE), extensionPending(state));
            case RETURN ->
                firstOf(
                        notFinal(state),
                        roleIn(actor, name, HANDLER),
                        stateIn(state, ASSIGNED, IN_PROGRESS),
                        holdsCase(state, actor));
            case TRANSFER ->
                firstOf(
                        notFinal(state),
                        actor.role() == HANDLER
                                ? new Violation(
                                        RefusalReason.ROLE_NOT_ALLOWED,
                                        "a department proposes a transfer (…/transfer-proposal); the intake desk decides")
                                : roleIn(actor, name, INTAKE),
                        stateIn(state, ASSIGNED, IN_PROGRESS),
                        noTransferPending(state));
            case PROPOSE_TRANSFER ->
                firstOf(
                        notFinal(state),
                        roleIn(actor, name, HANDLER),
                        stateIn(state, ASSIGNED, IN_PROGRESS),
                        holdsCase(state, actor),
                        noTransferPending(state));
            case APPROVE_TRANSFER, REJECT_TRANSFER ->
                firstOf(notFinal(state), roleIn(actor, name, INTAKE), transferPending(state));
            case RATE ->
                firstOf(
                        notFinal(state),
                        roleIn(actor, name, PUBLIC, INTAKE),
                        state.status() == RATED
                                ? new Violation(RefusalReason.ALREADY_RATED, "this answer has been rated already")
                                : null,
                        stateIn(state, ANSWERED));
            case REOPEN ->
                firstOf(
                        notFinal(state),
                        roleIn(actor, name, INTAKE),
                        stateIn(state, RATED),
                        state.rating() != null && !state.rating().isBad()
                                ? new Violation(
                                        RefusalReason.RATING_NOT_BAD, "only a dissatisfied rating reopens a case")
                                : null);
            case CLOSE -> firstOf(notFinal(state), roleIn(actor, name, INTAKE), stateIn(state, ANSWERED, RATED));
            case MERGE -> firstOf(notFinal(state), roleIn(actor, name, INTAKE));
            // a closed case's result stays published, so the desk may still withhold it; a declined or merged one
            // never has a result of its own
            case WITHHOLD_RESULT ->
                firstOf(
                        roleIn(actor, name, INTAKE),
                        state.status() == DECLINED || state.status() == MERGED
                                ? new Violation(
                                        RefusalReason.WRONG_STATE,
                                        "a " + state.status() + " case has no result to publish")
                                : null,
                        state.kind() != null && !state.kind().resultIsPublished()
                                ? new Violation(
                                        RefusalReason.WRONG_STATE,
                                        "the result of a " + state.kind() + " is never published")
                                : null,
                        state.resultWithheld()
                                ? new Violation(RefusalReason.RESULT_ALREADY_WITHHELD, "the result is withheld already")
                                : null);
            case REPUBLISH_RESULT ->
                firstOf(
                        roleIn(actor, name, INTAKE),
                        state.resultWithheld()
                                ? null
                                : new Violation(RefusalReason.RESULT_NOT_WITHHELD, "the result is not withheld"));
            case OPEN_SUPERVISION -> SupervisionPolicy.open(actor, name, state);
            case CONCLUDE_SUPERVISION -> SupervisionPolicy.conclude(actor, name, state);
            case RECORD_ACCOUNTABILITY -> SupervisionPolicy.accountable(actor, name, state);
        };
    }

    /** The command that carries the action, as refusals have always named it. */
    static String commandName(CaseAction action) {
        return switch (action) {
            case ACCEPT -> "AcceptCaseCommand";
            case DECLINE -> "DeclineCaseCommand";
            case ASSIGN -> "AssignCaseCommand";
            case SIGN_FOR -> "SignForCaseCommand";
            case ADD_PROGRESS_NOTE -> "AddProgressNoteCommand";
            case REQUEST_EXTENSION -> "RequestExtensionCommand";
            case APPROVE_EXTENSION -> "ApproveExtensionCommand";
            case DENY_EXTENSION -> "DenyExtensionCommand";
            case RETURN -> "ReturnCaseCommand";
            case TRANSFER -> "TransferCaseCommand";
            case PROPOSE_TRANSFER -> "ProposeTransferCommand";
            case APPROVE_TRANSFER -> "ApproveTransferCommand";
            case REJECT_TRANSFER -> "RejectTransferCommand";
            case ANSWER -> "AnswerCaseCommand";
            case RATE -> "RateCaseCommand";
            case REOPEN -> "ReopenCaseCommand";
            case CLOSE -> "CloseCaseCommand";
            case MERGE -> "MergeCaseCommand";
            case WITHHOLD_RESULT -> "WithholdResultCommand";
            case REPUBLISH_RESULT -> "RepublishResultCommand";
            case OPEN_SUPERVISION -> "OpenSupervisionCommand";
            case CONCLUDE_SUPERVISION -> "ConcludeSupervisionCommand";
            case RECORD_ACCOUNTABILITY -> "RecordAccountabilityCommand";
        };
    }
}
