package org.onetrip.cases.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.calendar.api.Deadline;

/**
 * Where a case stands after its events: the one step function every reader of case events folds with
 * (the case aggregate, the receipt-code registry, the public page, the as-of replay, the search document,
 * the bulletins), so status, holding department and due date are derived in one place.
 *
 * <p>{@code departmentCode} is the department holding the case (null before assignment and after a
 * return); {@code departmentsHeld} every department that has held it, in the order they first did;
 * {@code rating} the last rating given, cleared when a new answer is given (a reopened case keeps showing
 * the rating that reopened it); {@code resultWithheld} whether the intake desk keeps its handling result off the
 * public pages.
 * A reader that keeps only some of these (a table row, a search document) builds the state back from
 * what it kept with the canonical constructor; the fields it did not keep never feed the ones it reads.
 */
public record CaseState(
        String caseId,
        String receiptCode,
        CaseKind kind,
        String serviceItemCode,
        String concernedDepartmentCode,
        boolean anonymous,
        CaseStatus status,
        String departmentCode,
        Deadline deadline,
        boolean signedFor,
        PendingExtension pendingExtension,
        PendingTransfer pendingTransfer,
        String answeringDepartmentCode,
        Rating rating,
        boolean supervisionOpen,
        boolean contactErased,
        boolean resultWithheld,
        List<String> departmentsHeld,
        int returns,
        int transfers,
        int reopenings) {

    /** Before the filing event: no case yet. */
    public static final CaseState NONE = new CaseState(
            null, null, null, null, null, false, null, null, null, false, null, null, null, null, false, false, false,
            List.of(), 0, 0, 0);

    /** An extension request waiting for the intake desk. */
    public record PendingExtension(String departmentCode, int workingDays, String reason, Instant requestedAt) {}

    /** A department's transfer proposal waiting for the intake desk; {@code eventId} is the proposal's event. */
    public record PendingTransfer(
            String fromDepartmentCode, String toDepartmentCode, String reason, Instant proposedAt, String eventId) {}

    public CaseState {
        departmentsHeld = departmentsHeld == null ? List.of() : List.copyOf(departmentsHeld);
    }

    /** The same state for a reader who may see the case but must not hold the filer's key (an auditor). */
    public CaseState withReceiptCodeMasked() {
        var next = new Next(this);
        next.receiptCode = ReceiptCode.masked(receiptCode);
        return next.state();
    }

    public static CaseState of(Iterable<? extends CaseEvent> events) {
        var state = NONE;
        for (var event : events) {
            state = state.step(event);
        }
        return state;
    }

    /** Whether the case was filed. */
    public boolean exists() {
        return status != null;
    }

    public LocalDate dueDate() {
        return deadline == null ? null : deadline.dueDate();
    }

    /** Whether the department holds the case now or has held it. */
    public boolean heldBy(String department) {
        return department != null && departmentsHeld.contains(department);
    }

    /** Answered and waiting to be rated, closed or reopened. */
    public boolean answered() {
        return status == CaseStatus.ANSWERED || status == CaseStatus.RATED;
    }

    /** The state after {@code event}; events change only what they are about. */
    public CaseState step(CaseEvent event) {
        var next = new Next(this);
        var at = event.context().occurredAt();
        if (event instanceof CaseFiledEvent e) {
            next.caseId = e.caseId();
            next.receiptCode = e.receiptCode();
            next.kind = e.kind();
            next.serviceItemCode = e.serviceItemCode();
            next.concernedDepartmentCode = e.concernedDepartmentCode();
            next.anonymous = e.complainant() == null || e.complainant().anonymous();
            next.status = CaseStatus.FILED;
        } else if (event instanceof CaseAcceptedEvent) {
            next.status = CaseStatus.ACCEPTED;
        } else if (event instanceof CaseDeclinedEvent) {
            next.status = CaseStatus.DECLINED;
        } else if (event instanceof CaseAssignedEvent e) {
            next.status = CaseStatus.ASSIGNED;
            next.hold(e.departmentCode());
            next.signedFor = false;
            next.deadline = new Deadline(e.dueDate(), e.workingDays(), e.calendarVersion());
        } else if (event instanceof CaseSignedForEvent) {
            next.status = CaseStatus.IN_PROGRESS;
            next.signedFor = true;
        } else if (event instanceof ExtensionRequestedEvent e) {
            next.pendingExtension = new PendingExtension(e.departmentCode(), e.workingDays(), e.reason(), at);
        } else if (event instanceof ExtensionApprovedEvent e) {
            next.pendingExtension = null;
            next.deadline = new Deadline(
                    e.newDueDate(),
                    (deadline == null ? 0 : deadline.workingDays()) + e.workingDays(),
                    e.calendarVersion());
        } else if (event instanceof ExtensionDeniedEvent) {
            next.pendingExtension = null;
        } else if (event instanceof CaseReturnedEvent) {
            next.status = CaseStatus.RETURNED;
            next.departmentCode = null;
            next.signedFor = false;
            next.pendingExtension = null;
            next.pendingTransfer = null;
            next.returns++;
        } else if (event instanceof CaseTransferredEvent e) {
            next.status = CaseStatus.ASSIGNED;
            next.hold(e.toDepartmentCode());
            next.signedFor = false;
            next.pendingExtension = null;
            next.pendingTransfer = null;
            next.transfers++;
        } else if (event instanceof TransferProposedEvent e) {
            next.pendingTransfer = new PendingTransfer(
                    e.fromDepartmentCode(),
                    e.toDepartmentCode(),
                    e.reason(),
                    at,
                    e.context().eventId());
        } else if (event instanceof TransferRejectedEvent) {
            next.pendingTransfer = null;
        } else if (event instanceof CaseAnsweredEvent e) {
            next.status = CaseStatus.ANSWERED;
            next.answeringDepartmentCode = e.departmentCode();
            next.pendingExtension = null;
            next.pendingTransfer = null;
            next.rating = null;
        } else if (event instanceof CaseRatedEvent e) {
            next.status = CaseStatus.RATED;
            next.rating = e.rating();
        } else if (event instanceof CaseReopenedEvent e) {
            next.status = CaseStatus.IN_PROGRESS;
            next.hold(e.departmentCode());
            next.signedFor = true;
            next.deadline = new Deadline(e.dueDate(), e.workingDays(), e.calendarVersion());
            next.reopenings++;
        } else if (event instanceof CaseClosedEvent) {
            next.status = CaseStatus.CLOSED;
        } else if (event instanceof CaseMergedIntoEvent) {
            next.status = CaseStatus.MERGED;
            next.pendingTransfer = null;
        } else if (event instanceof SupervisionOpenedEvent) {
            next.supervisionOpen = true;
        } else if (event instanceof SupervisionConcludedEvent) {
            next.supervisionOpen = false;
        } else if (event instanceof ComplainantContactErasedEvent) {
            next.contactErased = true;
        } else if (event instanceof ResultWithheldEvent) {
            next.resultWithheld = true;
        } else if (event instanceof ResultRepublishedEvent) {
            next.resultWithheld = false;
        } else if (!(event instanceof ProgressNoteAddedEvent
                || event instanceof DuplicateCaseMergedEvent
                || event instanceof AccountabilityRecordedEvent
                || event instanceof CaseCommandRefusedEvent
                || event instanceof ComplainantContactViewedEvent
                || event instanceof FilerNotifiedEvent
                || event instanceof ConflictOfInterestDecisionRequestedEvent
                || event instanceof ConflictOfInterestDecidedEvent
                || event instanceof AllegationReviewedEvent)) {
            throw new IllegalArgumentException("no step for " + event.getClass().getName());
        }
        return next.state();
    }

    /** The fields of the state being built; the record stays immutable. */
    private static final class Next {
        String caseId;
        String receiptCode;
        CaseKind kind;
        String serviceItemCode;
        String concernedDepartmentCode;
        boolean anonymous;
        CaseStatus status;
        String departmentCode;
        Deadline deadline;
        boolean signedFor;
        PendingExtension pendingExtension;
        PendingTransfer pendingTransfer;
        String answeringDepartmentCode;
        Rating rating;
        boolean supervisionOpen;
        boolean contactErased;
        boolean resultWithheld;
        List<String> departmentsHeld;
        int returns;
        int transfers;
        int reopenings;

        Next(CaseState from) {
            caseId = from.caseId;
            receiptCode = from.receiptCode;
            kind = from.kind;
            serviceItemCode = from.serviceItemCode;
            concernedDepartmentCode = from.concernedDepartmentCode;
            anonymous = from.anonymous;
            status = from.status;
            departmentCode = from.departmentCode;
            deadline = from.deadline;
            signedFor = from.signedFor;
            pendingExtension = from.pendingExtension;
            pendingTransfer = from.pendingTransfer;
            answeringDepartmentCode = from.answeringDepartmentCode;
            rating = from.rating;
            supervisionOpen = from.supervisionOpen;
            contactErased = from.contactErased;
            resultWithheld = from.resultWithheld;
            departmentsHeld = from.departmentsHeld;
            returns = from.returns;
            transfers = from.transfers;
            reopenings = from.reopenings;
        }

        void hold(String department) {
            departmentCode = department;
            if (department != null && !departmentsHeld.contains(department)) {
                var held = new ArrayList<>(departmentsHeld);
                held.add(department);
                departmentsHeld = held;
            }
        }

        CaseState state() {
            return new CaseState(
                    caseId,
                    receiptCode,
                    kind,
                    serviceItemCode,
                    concernedDepartmentCode,
                    anonymous,
                    status,
                    departmentCode,
                    deadline,
                    signedFor,
                    pendingExtension,
                    pendingTransfer,
                    answeringDepartmentCode,
                    rating,
                    supervisionOpen,
                    contactErased,
                    resultWithheld,
                    departmentsHeld,
                    returns,
                    transfers,
                    reopenings);
        }
    }
}
