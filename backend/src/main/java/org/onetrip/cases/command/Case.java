package org.onetrip.cases.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;
import static org.onetrip.cases.api.CaseStatus.ACCEPTED;
import static org.onetrip.cases.api.CaseStatus.ANSWERED;
import static org.onetrip.cases.api.CaseStatus.ASSIGNED;
import static org.onetrip.cases.api.CaseStatus.FILED;
import static org.onetrip.cases.api.CaseStatus.IN_PROGRESS;
import static org.onetrip.cases.api.CaseStatus.MERGED;
import static org.onetrip.cases.api.CaseStatus.RATED;
import static org.onetrip.cases.api.CaseStatus.RETURNED;
import static org.onetrip.shared.api.Role.DISCIPLINE;
import static org.onetrip.shared.api.Role.HANDLER;
import static org.onetrip.shared.api.Role.INTAKE;
import static org.onetrip.shared.api.Role.PUBLIC;

import java.util.EnumSet;
import java.util.Objects;
import java.util.Set;
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
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseCommand;
import org.onetrip.cases.api.CaseCommandRefusedEvent;
import org.onetrip.cases.api.CaseCommandRefusedException;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.CloseCaseCommand;
import org.onetrip.cases.api.CommandOutcome;
import org.onetrip.cases.api.CommandOutcome.Done;
import org.onetrip.cases.api.CommandOutcome.Refused;
import org.onetrip.cases.api.ConcludeSupervisionCommand;
import org.onetrip.cases.api.ConflictOfInterest;
import org.onetrip.cases.api.ConflictOfInterestDecidedEvent;
import org.onetrip.cases.api.ConflictOfInterestDecisionRequestedEvent;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.DecideConflictOfInterestCommand;
import org.onetrip.cases.api.DeclineCaseCommand;
import org.onetrip.cases.api.DenyExtensionCommand;
import org.onetrip.cases.api.DuplicateCaseMergedEvent;
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
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.RecordAccountabilityCommand;
import org.onetrip.cases.api.RecordFilerNotifiedCommand;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.cases.api.RejectTransferCommand;
import org.onetrip.cases.api.ReopenCaseCommand;
import org.onetrip.cases.api.RequestConflictOfInterestDecisionCommand;
import org.onetrip.cases.api.RequestExtensionCommand;
import org.onetrip.cases.api.ReturnCaseCommand;
import org.onetrip.cases.api.ReviewAllegationCommand;
import org.onetrip.cases.api.SignForCaseCommand;
import org.onetrip.cases.api.SupervisionConcludedEvent;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.cases.api.TransferCaseCommand;
import org.onetrip.cases.api.TransferProposedEvent;
import org.onetrip.cases.api.TransferRejectedEvent;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.privacy.api.ComplainantContactErasedEvent;
import org.onetrip.privacy.api.ComplainantContactResponse;
import org.onetrip.privacy.api.ComplainantContactViewedEvent;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.ContactStatus;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.privacy.api.EraseComplainantContactCommand;
import org.onetrip.privacy.api.ViewComplainantContactCommand;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;

/**
 * A case (工单) from filing to closing. Command handlers only decide; every change of state happens
 * in an event-sourcing handler. A staff command that breaks a rule is recorded as a
 * {@link CaseCommandRefusedEvent} so auditors see attempts as well as acts; the public's refused
 * attempts are not stored, so they cannot flood a case's history.
 */
@Aggregate
public class Case {

    @AggregateIdentifier
    private String caseId;

    private CaseKind kind;
    private CaseCategory category;
    private String concernedDepartment;
    private Boolean conflictPermitted;
    private boolean conflictDecisionRequested;
    private CaseStatus status;
    private String department;
    private boolean signedFor;
    private Deadline deadline;
    private Integer pendingExtensionDays;
    private PendingTransfer pendingTransfer;
    private String answeringDepartment;
    private Rating rating;
    private boolean supervisionOpen;
    private boolean anonymous;
    private EncryptedContact contact;
    private ContactDetails legacyContact;
    private boolean contactErased;
    private final Set<String> filerNotified = new java.util.HashSet<>();

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
        requireText(command.reason(), "reason");
        if (command.reason().strip().length() > ViewComplainantContactCommand.MAX_REASON_LENGTH) {
            throw new InvalidCommandException(
                    "reason",
                    "reason must be at most " + ViewComplainantContactCommand.MAX_REASON_LENGTH + " characters");
        }
        var violation = roleIn(command, INTAKE, DISCIPLINE);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        ComplainantContactResponse shown;
        if (contactErased) {
            shown = ComplainantContactResponse.without(caseId, ContactStatus.ERASED, anonymous);
        } else if (contact != null) {
            shown = vault.open(caseId, contact)
                    .map(details -> ComplainantContactResponse.available(caseId, anonymous, details))
                    .orElseGet(() -> ComplainantContactResponse.without(caseId, ContactStatus.ERASED, anonymous));
        } else if (legacyContact != null) {
            shown = ComplainantContactResponse.available(caseId, anonymous, legacyContact);
        } else {
            shown = ComplainantContactResponse.without(caseId, ContactStatus.NONE, anonymous);
        }
        apply(new ComplainantContactViewedEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                command.reason().strip(),
                shown.status()));
        return new CommandOutcome.ContactShown(shown);
    }

    /** Destroys the key in the same transaction as the event, so neither happens without the other. */
    @CommandHandler
    public CommandOutcome handle(EraseComplainantContactCommand command, EventContexts contexts, ContactVault vault) {
        requireText(command.reason(), "reason");
        if (command.reason().strip().length() > EraseComplainantContactCommand.MAX_REASON_LENGTH) {
            throw new InvalidCommandException(
                    "reason",
                    "reason must be at most " + EraseComplainantContactCommand.MAX_REASON_LENGTH + " characters");
        }
        var violation = firstOf(
                roleIn(command, DISCIPLINE, Role.ADMIN, Role.SYSTEM),
                contactErased ? new Violation(RefusalReason.WRONG_STATE, "the contact data is already erased") : null,
                contact == null && legacyContact == null
                        ? new Violation(RefusalReason.WRONG_STATE, "the complainant left no contact data")
                        : null);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        if (contact != null) {
            vault.destroy(contact.keyId());
        }
        apply(new ComplainantContactErasedEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                command.reason().strip(),
                contact == null ? null : contact.keyId()));
        return done();
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
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(AcceptCaseCommand command, EventContexts contexts) {
        var violation = firstOf(notFinal(), roleIn(command, INTAKE), stateIn(FILED));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new CaseAcceptedEvent(caseId, contexts.of(command.actor(), command.channel()), command.note()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(DeclineCaseCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        var violation = firstOf(notFinal(), roleIn(command, INTAKE), stateIn(FILED));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new CaseDeclinedEvent(caseId, contexts.of(command.actor(), command.channel()), command.reason()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(
            AssignCaseCommand command,
            EventContexts contexts,
            DepartmentDirectory departments,
            DeadlinePolicy deadlines) {
        var violation = firstOf(
                notFinal(),
                roleIn(command, INTAKE),
                stateIn(ACCEPTED, RETURNED),
                knownDepartment(departments, command.departmentCode()),
                noConflictOfInterest(command.departmentCode()));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        var context = contexts.of(command.actor(), command.channel());
        Deadline assigned;
        DeadlineBasis basis;
        if (deadline == null) {
            assigned = deadlines.forAssignment(kind, context.occurredAt());
            basis = DeadlineBasis.FIRST_ASSIGNMENT;
        } else if (hasText(command.deadlineResetReason())) {
            assigned = deadlines.forAssignment(kind, context.occurredAt());
            basis = DeadlineBasis.RESET_BY_INTAKE;
        } else {
            assigned = deadline;
            basis = DeadlineBasis.KEPT;
        }
        apply(new CaseAssignedEvent(
                caseId,
                context,
                command.departmentCode(),
                command.instructions(),
                assigned.dueDate(),
                assigned.workingDays(),
                assigned.calendarVersion(),
                basis,
                basis == DeadlineBasis.RESET_BY_INTAKE ? command.deadlineResetReason() : null));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(SignForCaseCommand command, EventContexts contexts) {
        var violation = firstOf(notFinal(), roleIn(command, HANDLER), stateIn(ASSIGNED), holdsCase(command));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new CaseSignedForEvent(caseId, contexts.of(command.actor(), command.channel()), department));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(AddProgressNoteCommand command, EventContexts contexts) {
        requireText(command.note(), "note");
        var violation = firstOf(
                notFinal(), roleIn(command, HANDLER), stateIn(ASSIGNED, IN_PROGRESS), holdsCase(command), signed());
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new ProgressNoteAddedEvent(
                caseId, contexts.of(command.actor(), command.channel()), department, command.note()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(RequestExtensionCommand command, EventContexts contexts, DeadlinePolicy deadlines) {
        requireText(command.reason(), "reason");
        if (command.workingDays() < 1 || command.workingDays() > deadlines.maxExtensionWorkingDays()) {
            throw new InvalidCommandException(
                    "workingDays", "workingDays must be between 1 and " + deadlines.maxExtensionWorkingDays());
        }
        var violation = firstOf(
                notFinal(),
                roleIn(command, HANDLER),
                stateIn(ASSIGNED, IN_PROGRESS),
                holdsCase(command),
                signed(),
                pendingExtensionDays != null
                        ? new Violation(
                                RefusalReason.EXTENSION_ALREADY_PENDING,
                                "an extension request is already waiting for a decision")
                        : null);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new ExtensionRequestedEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                department,
                command.workingDays(),
                command.reason()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(ApproveExtensionCommand command, EventContexts contexts, DeadlinePolicy deadlines) {
        var violation = firstOf(notFinal(), roleIn(command, INTAKE), extensionPending());
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        var extended = deadlines.extend(deadline.dueDate(), pendingExtensionDays);
        apply(new ExtensionApprovedEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                department,
                pendingExtensionDays,
                deadline.dueDate(),
                extended.dueDate(),
                extended.calendarVersion(),
                command.note()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(DenyExtensionCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        var violation = firstOf(notFinal(), roleIn(command, INTAKE), extensionPending());
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new ExtensionDeniedEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                department,
                pendingExtensionDays,
                command.reason()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(ReturnCaseCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        var violation =
                firstOf(notFinal(), roleIn(command, HANDLER), stateIn(ASSIGNED, IN_PROGRESS), holdsCase(command));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new CaseReturnedEvent(
                caseId, contexts.of(command.actor(), command.channel()), department, command.reason()));
        return done();
    }

    /**
     * The intake desk's own transfer, as it re-assigns after a return; a department proposes instead
     * ({@link ProposeTransferCommand}), and a pending proposal is decided before the desk moves the case.
     */
    @CommandHandler
    public CommandOutcome handle(TransferCaseCommand command, EventContexts contexts, DepartmentDirectory departments) {
        requireText(command.reason(), "reason");
        var violation = firstOf(
                notFinal(),
                command.actor().role() == HANDLER
                        ? new Violation(
                                RefusalReason.ROLE_NOT_ALLOWED,
                                "a department proposes a transfer (ProposeTransferCommand); the intake desk decides")
                        : roleIn(command, INTAKE),
                stateIn(ASSIGNED, IN_PROGRESS),
                knownDepartment(departments, command.toDepartmentCode()),
                sameDepartment(command.toDepartmentCode()),
                noTransferPending(),
                noConflictOfInterest(command.toDepartmentCode()));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new CaseTransferredEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                department,
                command.toDepartmentCode(),
                command.reason(),
                deadline.dueDate()));
        return done();
    }

    /** The case, and its clock, stay with the proposing department until the intake desk decides. */
    @CommandHandler
    public CommandOutcome handle(
            ProposeTransferCommand command, EventContexts contexts, DepartmentDirectory departments) {
        requireText(command.reason(), "reason");
        var violation = firstOf(
                notFinal(),
                roleIn(command, HANDLER),
                stateIn(ASSIGNED, IN_PROGRESS),
                holdsCase(command),
                knownDepartment(departments, command.toDepartmentCode()),
                sameDepartment(command.toDepartmentCode()),
                noTransferPending(),
                noConflictOfInterest(command.toDepartmentCode()));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new TransferProposedEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                department,
                command.toDepartmentCode(),
                command.reason()));
        return done();
    }

    /** Approval is the transfer itself, so everything that counts transfers counts it; the due date stays. */
    @CommandHandler
    public CommandOutcome handle(
            ApproveTransferCommand command, EventContexts contexts, DepartmentDirectory departments) {
        var violation = firstOf(
                notFinal(),
                roleIn(command, INTAKE),
                transferPending(),
                pendingTransfer == null ? null : knownDepartment(departments, pendingTransfer.toDepartmentCode()),
                pendingTransfer == null ? null : noConflictOfInterest(pendingTransfer.toDepartmentCode()));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new CaseTransferredEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                department,
                pendingTransfer.toDepartmentCode(),
                pendingTransfer.reason(),
                deadline.dueDate()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(RejectTransferCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        var violation = firstOf(notFinal(), roleIn(command, INTAKE), transferPending());
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new TransferRejectedEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                department,
                pendingTransfer.toDepartmentCode(),
                command.reason()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(AnswerCaseCommand command, EventContexts contexts) {
        requireText(command.answer(), "answer");
        var violation = firstOf(
                notFinal(), roleIn(command, HANDLER), stateIn(ASSIGNED, IN_PROGRESS), holdsCase(command), signed());
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new CaseAnsweredEvent(
                caseId, contexts.of(command.actor(), command.channel()), department, command.answer()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(RateCaseCommand command, EventContexts contexts) {
        requireValue(command.rating(), "rating");
        var violation = firstOf(
                notFinal(),
                roleIn(command, PUBLIC, INTAKE),
                status == RATED
                        ? new Violation(RefusalReason.ALREADY_RATED, "this answer has been rated already")
                        : null,
                stateIn(ANSWERED));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new CaseRatedEvent(
                caseId, contexts.of(command.actor(), command.channel()), command.rating(), command.comment()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(ReopenCaseCommand command, EventContexts contexts, DeadlinePolicy deadlines) {
        requireText(command.reason(), "reason");
        var violation = firstOf(
                notFinal(),
                roleIn(command, INTAKE),
                stateIn(RATED),
                rating != null && !rating.isBad()
                        ? new Violation(RefusalReason.RATING_NOT_BAD, "only a dissatisfied rating reopens a case")
                        : null);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        var context = contexts.of(command.actor(), command.channel());
        var rectification = deadlines.forRectification(context.occurredAt());
        apply(new CaseReopenedEvent(
                caseId,
                context,
                answeringDepartment,
                command.reason(),
                rectification.dueDate(),
                rectification.workingDays(),
                rectification.calendarVersion()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(CloseCaseCommand command, EventContexts contexts) {
        var violation = firstOf(
                notFinal(),
                roleIn(command, INTAKE),
                stateIn(ANSWERED, RATED),
                rating != null && rating.isBad() && !hasText(command.remark())
                        ? new Violation(
                                RefusalReason.BAD_RATING_NEEDS_REMARK,
                                "closing after a dissatisfied rating needs a remark saying why")
                        : null);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new CaseClosedEvent(caseId, contexts.of(command.actor(), command.channel()), command.remark(), rating));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(OpenSupervisionCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        var violation = firstOf(
                roleIn(command, DISCIPLINE),
                status == MERGED
                        ? new Violation(
                                RefusalReason.WRONG_STATE, "the case was merged into another; supervise that one")
                        : null,
                supervisionOpen
                        ? new Violation(RefusalReason.SUPERVISION_ALREADY_OPEN, "supervision is already open")
                        : null);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new SupervisionOpenedEvent(caseId, contexts.of(command.actor(), command.channel()), command.reason()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(ConcludeSupervisionCommand command, EventContexts contexts) {
        requireText(command.conclusion(), "conclusion");
        var violation = firstOf(roleIn(command, DISCIPLINE), supervising());
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new SupervisionConcludedEvent(
                caseId, contexts.of(command.actor(), command.channel()), command.conclusion()));
        return done();
    }

    @CommandHandler
    public CommandOutcome handle(
            RecordAccountabilityCommand command, EventContexts contexts, DepartmentDirectory departments) {
        requireText(command.findings(), "findings");
        requireValue(command.measure(), "measure");
        var violation = firstOf(
                roleIn(command, DISCIPLINE), supervising(), knownDepartment(departments, command.departmentCode()));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new AccountabilityRecordedEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                command.departmentCode(),
                command.responsiblePerson(),
                command.measure(),
                command.findings()));
        return done();
    }

    /** The desk asks the discipline office to decide before it hands a case to the department complained about. */
    @CommandHandler
    public CommandOutcome handle(RequestConflictOfInterestDecisionCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        var violation = firstOf(
                notFinal(),
                roleIn(command, INTAKE),
                concernsADepartment(),
                conflictDecisionRequested
                        ? new Violation(
                                RefusalReason.DECISION_ALREADY_REQUESTED,
                                "the discipline office has not yet decided the last request")
                        : null);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new ConflictOfInterestDecisionRequestedEvent(
                caseId, contexts.of(command.actor(), command.channel()), concernedDepartment, command.reason()));
        return done();
    }

    /** The discipline office's decision, asked for or not; a later one replaces an earlier one. */
    @CommandHandler
    public CommandOutcome handle(DecideConflictOfInterestCommand command, EventContexts contexts) {
        requireText(command.reason(), "reason");
        var violation = firstOf(notFinal(), roleIn(command, DISCIPLINE), concernsADepartment());
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new ConflictOfInterestDecidedEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                concernedDepartment,
                command.permitted(),
                command.reason()));
        return done();
    }

    /** The discipline office has looked at an allegation against staff and records what it found. */
    @CommandHandler
    public CommandOutcome handle(ReviewAllegationCommand command, EventContexts contexts) {
        requireText(command.finding(), "finding");
        var violation = firstOf(
                roleIn(command, DISCIPLINE),
                status == MERGED
                        ? new Violation(RefusalReason.WRONG_STATE, "the case was merged into another; review that one")
                        : null,
                category != null && category.accusesStaff()
                        ? null
                        : new Violation(
                                RefusalReason.NOT_AN_ALLEGATION,
                                "only a complaint of buck-passing, irregular handling or attitude is an allegation"));
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new AllegationReviewedEvent(caseId, contexts.of(command.actor(), command.channel()), command.finding()));
        return done();
    }

    /**
     * The duplicate's half of 并单; {@link CaseMergeHandler} pairs it with {@link #absorbDuplicate}.
     * {@code primary} is null when no case {@code command.primaryCaseId()} exists.
     */
    CommandOutcome mergeInto(Case primary, MergeCaseCommand command, EventContexts contexts) {
        requireText(command.primaryCaseId(), "primaryCaseId");
        requireText(command.reason(), "reason");
        var violation = firstOf(
                notFinal(),
                roleIn(command, INTAKE),
                command.primaryCaseId().equals(caseId)
                        ? new Violation(RefusalReason.CANNOT_MERGE_INTO_ITSELF, "a case cannot be merged into itself")
                        : null,
                primary == null
                        ? new Violation(
                                RefusalReason.MERGE_TARGET_UNAVAILABLE,
                                "no case " + command.primaryCaseId() + " exists")
                        : null,
                primary != null && (primary.status == MERGED || primary.status == CaseStatus.DECLINED)
                        ? new Violation(RefusalReason.MERGE_TARGET_UNAVAILABLE, "the primary case is " + primary.status)
                        : null);
        if (violation != null) {
            return refuse(command, contexts, violation);
        }
        apply(new CaseMergedIntoEvent(
                caseId, contexts.of(command.actor(), command.channel()), primary.caseId, command.reason()));
        return done();
    }

    void absorbDuplicate(String duplicateCaseId, MergeCaseCommand command, EventContexts contexts) {
        apply(new DuplicateCaseMergedEvent(
                caseId, contexts.of(command.actor(), command.channel()), duplicateCaseId, command.reason()));
    }

    String caseId() {
        return caseId;
    }

    @EventSourcingHandler
    void on(CaseFiledEvent event) {
        caseId = event.caseId();
        kind = event.kind();
        category = event.category();
        concernedDepartment = event.concernedDepartmentCode();
        status = FILED;
        var complainant = event.complainant() == null ? FiledComplainant.NONE : event.complainant();
        anonymous = complainant.anonymous();
        contact = complainant.contact();
        legacyContact = complainant.legacyPlaintext();
    }

    @EventSourcingHandler
    void on(ComplainantContactErasedEvent event) {
        contactErased = true;
        contact = null;
        legacyContact = null;
    }

    @EventSourcingHandler
    void on(CaseAcceptedEvent event) {
        status = ACCEPTED;
    }

    @EventSourcingHandler
    void on(CaseDeclinedEvent event) {
        status = CaseStatus.DECLINED;
    }

    @EventSourcingHandler
    void on(CaseAssignedEvent event) {
        status = ASSIGNED;
        department = event.departmentCode();
        signedFor = false;
        deadline = new Deadline(event.dueDate(), event.workingDays(), event.calendarVersion());
    }

    @EventSourcingHandler
    void on(CaseSignedForEvent event) {
        status = IN_PROGRESS;
        signedFor = true;
    }

    @EventSourcingHandler
    void on(ExtensionRequestedEvent event) {
        pendingExtensionDays = event.workingDays();
    }

    @EventSourcingHandler
    void on(ExtensionApprovedEvent event) {
        pendingExtensionDays = null;
        deadline =
                new Deadline(event.newDueDate(), deadline.workingDays() + event.workingDays(), event.calendarVersion());
    }

    @EventSourcingHandler
    void on(ExtensionDeniedEvent event) {
        pendingExtensionDays = null;
    }

    /** A return, a transfer or an answer ends a pending proposal: the proposer no longer holds the case. */
    @EventSourcingHandler
    void on(CaseReturnedEvent event) {
        status = RETURNED;
        department = null;
        signedFor = false;
        pendingExtensionDays = null;
        pendingTransfer = null;
    }

    @EventSourcingHandler
    void on(CaseTransferredEvent event) {
        status = ASSIGNED;
        department = event.toDepartmentCode();
        signedFor = false;
        pendingExtensionDays = null;
        pendingTransfer = null;
    }

    @EventSourcingHandler
    void on(TransferProposedEvent event) {
        pendingTransfer = new PendingTransfer(event.toDepartmentCode(), event.reason());
    }

    @EventSourcingHandler
    void on(TransferRejectedEvent event) {
        pendingTransfer = null;
    }

    @EventSourcingHandler
    void on(CaseAnsweredEvent event) {
        status = ANSWERED;
        answeringDepartment = event.departmentCode();
        pendingExtensionDays = null;
        pendingTransfer = null;
        rating = null;
    }

    @EventSourcingHandler
    void on(CaseRatedEvent event) {
        status = RATED;
        rating = event.rating();
    }

    @EventSourcingHandler
    void on(CaseReopenedEvent event) {
        status = IN_PROGRESS;
        department = event.departmentCode();
        signedFor = true;
        rating = null;
        deadline = new Deadline(event.dueDate(), event.workingDays(), event.calendarVersion());
    }

    @EventSourcingHandler
    void on(CaseClosedEvent event) {
        status = CaseStatus.CLOSED;
    }

    @EventSourcingHandler
    void on(CaseMergedIntoEvent event) {
        status = MERGED;
    }

    @EventSourcingHandler
    void on(ConflictOfInterestDecisionRequestedEvent event) {
        conflictDecisionRequested = true;
    }

    @EventSourcingHandler
    void on(ConflictOfInterestDecidedEvent event) {
        conflictDecisionRequested = false;
        conflictPermitted = event.permitted();
    }

    @EventSourcingHandler
    void on(FilerNotifiedEvent event) {
        filerNotified.add(event.sourceEventId() + "|" + event.channel());
    }

    @EventSourcingHandler
    void on(SupervisionOpenedEvent event) {
        supervisionOpen = true;
    }

    @EventSourcingHandler
    void on(SupervisionConcludedEvent event) {
        supervisionOpen = false;
    }

    private record Violation(RefusalReason reason, String detail) {}

    private record PendingTransfer(String toDepartmentCode, String reason) {}

    private static Violation firstOf(Violation... candidates) {
        for (var candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private Violation notFinal() {
        return status.isFinal()
                ? new Violation(RefusalReason.CASE_IS_FINAL, "the case is " + status + "; nothing more can be done")
                : null;
    }

    private static Violation roleIn(CaseCommand command, Role... roles) {
        return Set.of(roles).contains(command.actor().role())
                ? null
                : new Violation(
                        RefusalReason.ROLE_NOT_ALLOWED, command.actor().role() + " may not " + commandName(command));
    }

    private Violation stateIn(CaseStatus... allowed) {
        return Set.of(allowed).contains(status)
                ? null
                : new Violation(RefusalReason.WRONG_STATE, "not possible while the case is " + status);
    }

    private Violation holdsCase(CaseCommand command) {
        return command.actor().actsFor(department)
                ? null
                : new Violation(
                        RefusalReason.NOT_YOUR_DEPARTMENT,
                        "the case is held by " + department + ", not by "
                                + command.actor().departmentCode());
    }

    private Violation signed() {
        return signedFor ? null : new Violation(RefusalReason.NOT_SIGNED_FOR, "sign for the case first");
    }

    private Violation extensionPending() {
        return pendingExtensionDays != null
                ? null
                : new Violation(RefusalReason.NO_PENDING_EXTENSION, "no extension request is waiting");
    }

    private Violation sameDepartment(String toDepartmentCode) {
        return Objects.equals(toDepartmentCode, department)
                ? new Violation(RefusalReason.SAME_DEPARTMENT, "the case is already with " + department)
                : null;
    }

    private Violation transferPending() {
        return pendingTransfer != null
                ? null
                : new Violation(RefusalReason.NO_PENDING_TRANSFER, "no transfer proposal is waiting");
    }

    private Violation noTransferPending() {
        return pendingTransfer == null
                ? null
                : new Violation(
                        RefusalReason.TRANSFER_ALREADY_PENDING,
                        "a transfer to " + pendingTransfer.toDepartmentCode()
                                + " is already waiting for the intake desk");
    }

    /** The department complained about handles the case only with the discipline office's permission. */
    private Violation noConflictOfInterest(String toDepartmentCode) {
        return ConflictOfInterest.arises(kind, category, concernedDepartment, toDepartmentCode)
                        && !Boolean.TRUE.equals(conflictPermitted)
                ? new Violation(
                        RefusalReason.CONFLICT_OF_INTEREST,
                        "the " + kind + " is about " + toDepartmentCode
                                + "; it may handle it only if the discipline office decides so")
                : null;
    }

    private Violation concernsADepartment() {
        return ConflictOfInterest.applies(kind, category, concernedDepartment)
                ? null
                : new Violation(
                        RefusalReason.NO_CONCERNED_DEPARTMENT,
                        "only a complaint, report or allegation naming a department raises a conflict of interest");
    }

    private Violation supervising() {
        return supervisionOpen ? null : new Violation(RefusalReason.SUPERVISION_NOT_OPEN, "open supervision first");
    }

    private static Violation knownDepartment(DepartmentDirectory departments, String code) {
        return departments.exists(code)
                ? null
                : new Violation(RefusalReason.UNKNOWN_DEPARTMENT, "unknown department: " + code);
    }

    private CommandOutcome refuse(CaseCommand command, EventContexts contexts, Violation violation) {
        if (!command.actor().role().isStaff()) {
            throw new CaseCommandRefusedException(violation.reason(), violation.detail());
        }
        apply(new CaseCommandRefusedEvent(
                caseId,
                contexts.of(command.actor(), command.channel()),
                commandName(command),
                violation.reason(),
                violation.detail()));
        return new Refused(violation.reason(), violation.detail());
    }

    private CommandOutcome done() {
        return new Done(status);
    }

    private static String commandName(Object command) {
        return command.getClass().getSimpleName();
    }

    private static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }

    private static void requireText(String value, String field) {
        if (!hasText(value)) {
            throw new InvalidCommandException(field, field + " must not be blank");
        }
    }

    private static void requireValue(Object value, String field) {
        if (value == null) {
            throw new InvalidCommandException(field, field + " is required");
        }
    }
}
