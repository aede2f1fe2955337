package org.onetrip.cases.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.onetrip.cases.api.CaseStatus.MERGED;
import static org.onetrip.cases.command.CaseRules.hasText;
import static org.onetrip.cases.command.CaseRules.knownDepartment;
import static org.onetrip.cases.command.CaseRules.otherDepartment;
import static org.onetrip.cases.command.CaseRules.requireText;
import static org.onetrip.cases.command.CaseRules.requireValue;
import static org.onetrip.cases.command.Violation.firstOf;
import static org.onetrip.shared.api.Role.INTAKE;
import static org.onetrip.shared.api.Role.PUBLIC;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.calendar.api.Deadline;
import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.AddProgressNoteCommand;
import org.onetrip.cases.api.AllegationReviewedEvent;
import org.onetrip.cases.api.AnswerCaseCommand;
import org.onetrip.cases.api.ApproveExtensionCommand;
import org.onetrip.cases.api.ApproveTransferCommand;
import org.onetrip.cases.api.AssignCaseCommand;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseCommand;
import org.onetrip.cases.api.CaseCommandRefusedEvent;
import org.onetrip.cases.api.CaseCommandRefusedException;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.CloseCaseCommand;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.ComplainantContactErasedEvent;
import org.onetrip.cases.api.ComplainantContactViewedEvent;
import org.onetrip.cases.api.ConcludeSupervisionCommand;
import org.onetrip.cases.api.ConflictOfInterestDecidedEvent;
import org.onetrip.cases.api.ConflictOfInterestDecisionRequestedEvent;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.DecideConflictOfInterestCommand;
import org.onetrip.cases.api.DeclineCaseCommand;
import org.onetrip.cases.api.DenyExtensionCommand;
import org.onetrip.cases.api.DuplicateCaseMergedEvent;
import org.onetrip.cases.api.EraseComplainantContactCommand;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.ExtensionDeniedEvent;
import org.onetrip.cases.api.ExtensionRequestedEvent;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.FilerNotifiedEvent;
import org.onetrip.cases.api.MergeCaseCommand;
import org.onetrip.cases.api.OpenSupervisionCommand;
import org.onetrip.cases.api.ProgressNoteAddedEvent;
import org.onetrip.cases.api.ProposeTransferCommand;
import org.onetrip.cases.api.RateCaseCommand;
import org.onetrip.cases.api.RecordAccountabilityCommand;
import org.onetrip.cases.api.RecordFilerNotifiedCommand;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.cases.api.RejectTransferCommand;
import org.onetrip.cases.api.ReopenCaseCommand;
import org.onetrip.cases.api.RepublishResultCommand;
import org.onetrip.cases.api.RequestConflictOfInterestDecisionCommand;
import org.onetrip.cases.api.RequestExtensionCommand;
import org.onetrip.cases.api.ResultRepublishedEvent;
import org.onetrip.cases.api.ResultWithheldEvent;
import org.onetrip.cases.api.ReturnCaseCommand;
import org.onetrip.cases.api.ReviewAllegationCommand;
import org.onetrip.cases.api.SignForCaseCommand;
import org.onetrip.cases.api.SupervisionConcludedEvent;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.cases.api.TransferCaseCommand;
import org.onetrip.cases.api.TransferProposedEvent;
import org.onetrip.cases.api.TransferRejectedEvent;
import org.onetrip.cases.api.ViewComplainantContactCommand;
import org.onetrip.cases.api.WithholdResultCommand;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;

/**
 * A case (工单) from filing to closing. Command handlers only decide, with the handling rules of
 * {@link CaseRules}, the {@link SupervisionPolicy}, the {@link ConflictOfInterestPolicy} and the privacy
 * policy of {@link ComplainantContact};
 * every change of state happens in the one event-sourcing handler, through {@link CaseState#step}. A
 * staff command that breaks a rule is recorded as a {@link CaseCommandRefusedEvent} so auditors see
 * attempts as well as acts; the public's refused attempts are not stored, so they cannot flood a
 * case's history.
 */
@Aggregate
public class Case {

    @AggregateIdentifier
    private String caseId;

    private CaseState state = CaseState.NONE;
    private ComplainantContact contact = ComplainantContact.NONE;
    private ConflictOfInterestPolicy conflict = ConflictOfInterestPolicy.NONE;
    /** Deliveries the notification outbox recorded ({@code sourceEventId|channel}), so a retry records none twice. */
    private final Set<String> filerNotified = new HashSet<>();

    protected Case() {}

    @CommandHandler
    public Case(FileCaseCommand command, EventContexts contexts, DepartmentDirectory departments, ContactVault vault) {
        var actor = command.actor();
        if (command.origin() != null) {
            checkFoundOnVisit(command);
        } else if (actor.role() == PUBLIC && command.channel() != Channel.PORTAL) {
            throw new CaseCommandRefusedException(
                    RefusalReason.ROLE_NOT_ALLOWED, "the public files cases through the portal only");
        } else if (!EnumSet.of(PUBLIC, INTAKE, Role.SYSTEM).contains(actor.role())) {
            throw new CaseCommandRefusedException(
                    RefusalReason.ROLE_NOT_ALLOWED,
                    "only the public or the intake desk can file a case, not " + actor.role());
        }
        requireText(command.title(), "title");
        requireText(command.description(), "description");
        requireValue(command.kind(), "kind");
        requireValue(command.receiptCode(), "receiptCode");
        if (command.concernedDepartmentCode() != null && !departments.exists(command.concernedDepartmentCode())) {
            throw new InvalidCommandException(
                    "concernedDepartmentCode", "unknown department: " + command.concernedDepartmentCode());
        }
        apply(new CaseFiledEvent(
                command.caseId(),
                contexts.of(actor, command.channel()),
                command.receiptCode().value(),
                command.kind(),
                command.category() == null ? CaseCategory.OTHER : command.category(),
                command.title().strip(),
                command.description(),
                command.serviceItemCode(),
                command.concernedDepartmentCode(),
                sealComplainant(command, vault),
                command.origin()));
    }

    /**
     * A case found on a grid or enterprise visit is filed by the staff member who made the visit, from
     * the visit itself (which checked that they made it), on the channel VISIT, as the visit's kind.
     */
    private static void checkFoundOnVisit(FileCaseCommand command) {
        var origin = command.origin();
        if (!command.actor().role().isStaff() || command.actor().role() == Role.AUDITOR) {
            throw new CaseCommandRefusedException(
                    RefusalReason.ROLE_NOT_ALLOWED,
                    "only staff who made the visit file what they found on it, not "
                            + command.actor().role());
        }
        if (command.channel() != Channel.VISIT) {
            throw new InvalidCommandException("channel", "a case found on a visit arrives through the channel VISIT");
        }
        if (command.kind() != origin.source().kind()) {
            throw new InvalidCommandException(
                    "kind",
                    "a case found on a " + origin.source() + " is a "
                            + origin.source().kind());
        }
    }

    /** Contact data enters the event store only encrypted, under a key of its own. */
    private static FiledComplainant sealComplainant(FileCaseCommand command, ContactVault vault) {
        var complainant = command.complainant();
        if (complainant == null) {
            return FiledComplainant.NONE;
        }
        var details = new ContactDetails(complainant.name(), complainant.phone(), complainant.email());
        return FiledComplainant.encrypted(
                complainant.anonymous(), details.isEmpty() ? null : vault.seal(command.caseId(), details));
    }

    /** Every decryption is recorded; even an anonymous complainant is visible to intake and discipline. */
    @CommandHandler
    public CommandOutcome handle(ViewComplainantContactCommand command, EventContexts contexts, ContactVault vault) {
        requireText(command.reason(), "reason", ViewComplainantContactCommand.MAX_REASON_LENGTH);
        var violation = ComplainantContact.mayView(command);
        var shown = violation == null ? contact.show(caseId, vault) : null;
        return decide(
                command,
                contexts,
                violation,
                context -> new ComplainantContactViewedEvent(
                        caseId, context, command.reason().strip(), shown.status()),
                () -> new CommandOutcome.ContactShown(shown));
    }

    /** Destroys the key in the same transaction as the event, so neither happens without the other. */
    @CommandHandler
    public CommandOutcome handle(EraseComplainantContactCommand command, EventContexts contexts, ContactVault vault) {
        requireText(command.reason(), "reason", EraseComplainantContactCommand.MAX_REASON_LENGTH);
        var violation = contact.mayErase(command);
        var keyId = contact.keyId();
        if (violation == null && keyId != null) {
            vault.destroy(keyId);
        }
        return decide(
                command,
                contexts,
                violation,
                context -> new ComplainantContactErasedEvent(
                        caseId, context, command.reason().strip(), keyId));
    }

    /** Only the notification outbox records deliveries, also on a closed case; the same one twice is one entry. */
    @CommandHandler
    public CommandOutcome handle(RecordFilerNotifiedCommand command, EventContexts contexts) {
        if (command.actor().role() != Role.SYSTEM) {
            throw new CaseCommandRefusedException(
                    RefusalReason.ROLE_NOT_ALLOWED, "only the notification outbox records deliveries");
        }
        if (!filerNotified.contains(command.sourceEventId() + "|" + command.channel())) {
            apply(new FilerNotifiedEvent(
                    caseId,
                    contexts.of(command.actor(), Channel.SYSTEM),
                    command.sourceEventId(),
                    command.topic(),
                    command.channel()));
        }
        return new CommandOutcome.Done(state.status());
    }

    @CommandHandler
    public CommandOutcome handle(AcceptCaseCommand command, EventContexts contexts) {
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.ACCEPT, state, command.actor()),
                context -> new CaseAcceptedEvent(caseId, context, command.note()));
    }

    @CommandHandler
    public CommandOutcome handle(DeclineCaseCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.DECLINE, state, command.actor()),
                context -> new CaseDeclinedEvent(caseId, context, command.reason()));
    }

    /** The first assignment starts the clock; a re-assignment keeps it unless intake resets it with a reason. */
    @CommandHandler
    public CommandOutcome handle(
            AssignCaseCommand command,
            EventContexts contexts,
            DepartmentDirectory departments,
            DeadlinePolicy deadlines) {
        return decide(
                command,
                contexts,
                firstOf(
                        CaseActionRules.check(CaseAction.ASSIGN, state, command.actor()),
                        knownDepartment(departments, command.departmentCode()),
                        conflict.mayHandOver(state, command.departmentCode())),
                context -> {
                    Deadline assigned;
                    DeadlineBasis basis;
                    if (state.deadline() == null) {
                        assigned = deadlines.forAssignment(state.kind(), context.occurredAt());
                        basis = DeadlineBasis.FIRST_ASSIGNMENT;
                    } else if (hasText(command.deadlineResetReason())) {
                        assigned = deadlines.forAssignment(state.kind(), context.occurredAt());
                        basis = DeadlineBasis.RESET_BY_INTAKE;
                    } else {
                        assigned = state.deadline();
                        basis = DeadlineBasis.KEPT;
                    }
                    return new CaseAssignedEvent(
                            caseId,
                            context,
                            command.departmentCode(),
                            command.instructions(),
                            assigned.dueDate(),
                            assigned.workingDays(),
                            assigned.calendarVersion(),
                            basis,
                            basis == DeadlineBasis.RESET_BY_INTAKE ? command.deadlineResetReason() : null);
                });
    }

    @CommandHandler
    public CommandOutcome handle(SignForCaseCommand command, EventContexts contexts) {
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.SIGN_FOR, state, command.actor()),
                context -> new CaseSignedForEvent(caseId, context, state.departmentCode()));
    }

    @CommandHandler
    public CommandOutcome handle(AddProgressNoteCommand command, EventContexts contexts) {
        requireText(command.note(), "note");
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.ADD_PROGRESS_NOTE, state, command.actor()),
                context -> new ProgressNoteAddedEvent(caseId, context, state.departmentCode(), command.note()));
    }

    @CommandHandler
    public CommandOutcome handle(RequestExtensionCommand command, EventContexts contexts, DeadlinePolicy deadlines) {
        requireText(command.reason(), "reason");
        if (command.workingDays() < 1 || command.workingDays() > deadlines.maxExtensionWorkingDays()) {
            throw new InvalidCommandException(
                    "workingDays", "workingDays must be between 1 and " + deadlines.maxExtensionWorkingDays());
        }
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.REQUEST_EXTENSION, state, command.actor()),
                context -> new ExtensionRequestedEvent(
                        caseId, context, state.departmentCode(), command.workingDays(), command.reason()));
    }

    @CommandHandler
    public CommandOutcome handle(ApproveExtensionCommand command, EventContexts contexts, DeadlinePolicy deadlines) {
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.APPROVE_EXTENSION, state, command.actor()),
                context -> {
                    int days = state.pendingExtension().workingDays();
                    var extended = deadlines.extend(state.dueDate(), days);
                    return new ExtensionApprovedEvent(
                            caseId,
                            context,
                            state.departmentCode(),
                            days,
                            state.dueDate(),
                            extended.dueDate(),
                            extended.calendarVersion(),
                            command.note());
                });
    }

    @CommandHandler
    public CommandOutcome handle(DenyExtensionCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.DENY_EXTENSION, state, command.actor()),
                context -> new ExtensionDeniedEvent(
                        caseId,
                        context,
                        state.departmentCode(),
                        state.pendingExtension().workingDays(),
                        command.reason()));
    }

    @CommandHandler
    public CommandOutcome handle(ReturnCaseCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.RETURN, state, command.actor()),
                context -> new CaseReturnedEvent(caseId, context, state.departmentCode(), command.reason()));
    }

    /**
     * The intake desk's own transfer, as it re-assigns after a return; a department proposes instead
     * ({@link ProposeTransferCommand}), and a pending proposal is decided before the desk moves the case.
     */
    @CommandHandler
    public CommandOutcome handle(TransferCaseCommand command, EventContexts contexts, DepartmentDirectory departments) {
        requireText(command.reason(), "reason");
        return decide(
                command,
                contexts,
                firstOf(
                        CaseActionRules.check(CaseAction.TRANSFER, state, command.actor()),
                        knownDepartment(departments, command.toDepartmentCode()),
                        otherDepartment(state, command.toDepartmentCode()),
                        conflict.mayHandOver(state, command.toDepartmentCode())),
                context -> new CaseTransferredEvent(
                        caseId,
                        context,
                        state.departmentCode(),
                        command.toDepartmentCode(),
                        command.reason(),
                        state.dueDate()));
    }

    /** The case, and its clock, stay with the proposing department until the intake desk decides. */
    @CommandHandler
    public CommandOutcome handle(
            ProposeTransferCommand command, EventContexts contexts, DepartmentDirectory departments) {
        requireText(command.reason(), "reason");
        return decide(
                command,
                contexts,
                firstOf(
                        CaseActionRules.check(CaseAction.PROPOSE_TRANSFER, state, command.actor()),
                        knownDepartment(departments, command.toDepartmentCode()),
                        otherDepartment(state, command.toDepartmentCode()),
                        conflict.mayHandOver(state, command.toDepartmentCode())),
                context -> new TransferProposedEvent(
                        caseId, context, state.departmentCode(), command.toDepartmentCode(), command.reason()));
    }

    /** Approval is the transfer itself, so everything that counts transfers counts it; the due date stays. */
    @CommandHandler
    public CommandOutcome handle(
            ApproveTransferCommand command, EventContexts contexts, DepartmentDirectory departments) {
        var proposal = state.pendingTransfer();
        return decide(
                command,
                contexts,
                firstOf(
                        CaseActionRules.check(CaseAction.APPROVE_TRANSFER, state, command.actor()),
                        proposal == null ? null : knownDepartment(departments, proposal.toDepartmentCode()),
                        proposal == null ? null : conflict.mayHandOver(state, proposal.toDepartmentCode())),
                context -> new CaseTransferredEvent(
                        caseId,
                        context,
                        state.departmentCode(),
                        proposal.toDepartmentCode(),
                        proposal.reason(),
                        state.dueDate()));
    }

    @CommandHandler
    public CommandOutcome handle(RejectTransferCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.REJECT_TRANSFER, state, command.actor()),
                context -> new TransferRejectedEvent(
                        caseId,
                        context,
                        state.departmentCode(),
                        state.pendingTransfer().toDepartmentCode(),
                        command.reason()));
    }

    @CommandHandler
    public CommandOutcome handle(AnswerCaseCommand command, EventContexts contexts) {
        requireText(command.answer(), "answer");
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.ANSWER, state, command.actor()),
                context -> new CaseAnsweredEvent(caseId, context, state.departmentCode(), command.answer()));
    }

    @CommandHandler
    public CommandOutcome handle(RateCaseCommand command, EventContexts contexts) {
        requireValue(command.rating(), "rating");
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.RATE, state, command.actor()),
                context -> new CaseRatedEvent(caseId, context, command.rating(), command.comment()));
    }

    @CommandHandler
    public CommandOutcome handle(ReopenCaseCommand command, EventContexts contexts, DeadlinePolicy deadlines) {
        requireText(command.reason(), "reason");
        return decide(command, contexts, CaseActionRules.check(CaseAction.REOPEN, state, command.actor()), context -> {
            var rectification = deadlines.forRectification(context.occurredAt());
            return new CaseReopenedEvent(
                    caseId,
                    context,
                    state.answeringDepartmentCode(),
                    command.reason(),
                    rectification.dueDate(),
                    rectification.workingDays(),
                    rectification.calendarVersion());
        });
    }

    @CommandHandler
    public CommandOutcome handle(CloseCaseCommand command, EventContexts contexts) {
        return decide(
                command,
                contexts,
                firstOf(
                        CaseActionRules.check(CaseAction.CLOSE, state, command.actor()),
                        state.rating() != null && state.rating().isBad() && !hasText(command.remark())
                                ? new Violation(
                                        RefusalReason.BAD_RATING_NEEDS_REMARK,
                                        "closing after a dissatisfied rating needs a remark saying why")
                                : null),
                context -> new CaseClosedEvent(caseId, context, command.remark(), state.rating()));
    }

    @CommandHandler
    public CommandOutcome handle(WithholdResultCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.WITHHOLD_RESULT, state, command.actor()),
                context -> new ResultWithheldEvent(caseId, context, command.reason()));
    }

    @CommandHandler
    public CommandOutcome handle(RepublishResultCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.REPUBLISH_RESULT, state, command.actor()),
                context -> new ResultRepublishedEvent(caseId, context, command.reason()));
    }

    @CommandHandler
    public CommandOutcome handle(OpenSupervisionCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.OPEN_SUPERVISION, state, command.actor()),
                context -> new SupervisionOpenedEvent(caseId, context, command.reason()));
    }

    @CommandHandler
    public CommandOutcome handle(ConcludeSupervisionCommand command, EventContexts contexts) {
        requireText(command.conclusion(), "conclusion");
        return decide(
                command,
                contexts,
                CaseActionRules.check(CaseAction.CONCLUDE_SUPERVISION, state, command.actor()),
                context -> new SupervisionConcludedEvent(caseId, context, command.conclusion()));
    }

    @CommandHandler
    public CommandOutcome handle(
            RecordAccountabilityCommand command, EventContexts contexts, DepartmentDirectory departments) {
        requireText(command.findings(), "findings");
        requireValue(command.measure(), "measure");
        return decide(
                command,
                contexts,
                firstOf(
                        CaseActionRules.check(CaseAction.RECORD_ACCOUNTABILITY, state, command.actor()),
                        knownDepartment(departments, command.departmentCode())),
                context -> new AccountabilityRecordedEvent(
                        caseId,
                        context,
                        command.departmentCode(),
                        command.responsiblePerson(),
                        command.measure(),
                        command.findings()));
    }

    /** The desk asks the discipline office to decide before it hands a case to the department complained about. */
    @CommandHandler
    public CommandOutcome handle(RequestConflictOfInterestDecisionCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        return decide(
                command,
                contexts,
                conflict.mayRequestDecision(command, state),
                context -> new ConflictOfInterestDecisionRequestedEvent(
                        caseId, context, state.concernedDepartmentCode(), command.reason()));
    }

    /** The discipline office's decision, asked for or not; a later one replaces an earlier one. */
    @CommandHandler
    public CommandOutcome handle(DecideConflictOfInterestCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        return decide(
                command,
                contexts,
                conflict.mayDecide(command, state),
                context -> new ConflictOfInterestDecidedEvent(
                        caseId, context, state.concernedDepartmentCode(), command.permitted(), command.reason()));
    }

    /** The discipline office has looked at an allegation against staff and records what it found. */
    @CommandHandler
    public CommandOutcome handle(ReviewAllegationCommand command, EventContexts contexts) {
        requireText(command.finding(), "finding");
        return decide(
                command,
                contexts,
                conflict.mayReviewAllegation(command, state),
                context -> new AllegationReviewedEvent(caseId, context, command.finding()));
    }

    /**
     * The duplicate's half of 并单; {@link CaseMergeHandler} pairs it with {@link #absorbDuplicate}.
     * {@code primary} is null when no case {@code command.primaryCaseId()} exists.
     */
    CommandOutcome mergeInto(Case primary, MergeCaseCommand command, EventContexts contexts) {
        requireText(command.primaryCaseId(), "primaryCaseId");
        requireText(command.reason(), "reason");
        var primaryStatus = primary == null ? null : primary.state.status();
        return decide(
                command,
                contexts,
                firstOf(
                        CaseActionRules.check(CaseAction.MERGE, state, command.actor()),
                        command.primaryCaseId().equals(caseId)
                                ? new Violation(
                                        RefusalReason.CANNOT_MERGE_INTO_ITSELF, "a case cannot be merged into itself")
                                : null,
                        primary == null
                                ? new Violation(
                                        RefusalReason.MERGE_TARGET_UNAVAILABLE,
                                        "no case " + command.primaryCaseId() + " exists")
                                : null,
                        primaryStatus == MERGED || primaryStatus == CaseStatus.DECLINED
                                ? new Violation(
                                        RefusalReason.MERGE_TARGET_UNAVAILABLE, "the primary case is " + primaryStatus)
                                : null),
                context -> new CaseMergedIntoEvent(caseId, context, primary.caseId, command.reason()));
    }

    void absorbDuplicate(String duplicateCaseId, MergeCaseCommand command, EventContexts contexts) {
        apply(new DuplicateCaseMergedEvent(
                caseId, contexts.of(command.actor(), command.channel()), duplicateCaseId, command.reason()));
    }

    String caseId() {
        return caseId;
    }

    @EventSourcingHandler
    void on(CaseEvent event) {
        caseId = event.caseId();
        state = state.step(event);
        conflict = conflict.step(event);
        if (event instanceof CaseFiledEvent filed) {
            contact = ComplainantContact.filed(filed.complainant());
        } else if (event instanceof ComplainantContactErasedEvent) {
            contact = contact.erase();
        } else if (event instanceof FilerNotifiedEvent notified) {
            filerNotified.add(notified.sourceEventId() + "|" + notified.channel());
        }
    }

    private CommandOutcome decide(
            CaseCommand command,
            EventContexts contexts,
            Violation violation,
            Function<EventContext, ? extends CaseEvent> fact) {
        return decide(command, contexts, violation, fact, () -> new CommandOutcome.Done(state.status()));
    }

    /**
     * The one refusal step: a broken rule is refused (recorded for staff, thrown for the public, who get
     * nothing stored); otherwise the fact is applied and {@code outcome} answered from the new state.
     */
    private CommandOutcome decide(
            CaseCommand command,
            EventContexts contexts,
            Violation violation,
            Function<EventContext, ? extends CaseEvent> fact,
            Supplier<CommandOutcome> outcome) {
        if (violation == null) {
            apply(fact.apply(contexts.of(command.actor(), command.channel())));
            return outcome.get();
        }
        if (!command.actor().role().isStaff()) {
            throw new CaseCommandRefusedException(violation.reason(), violation.detail());
        }
        apply(new CaseCommandRefusedEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                // the event names the command as the history screens and audits look it up
                command.getClass().getSimpleName(),
                violation.reason(),
                violation.detail()));
        return new CommandOutcome.Refused(violation.reason(), violation.detail());
    }
}
