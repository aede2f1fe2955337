package org.onetrip.projections.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.function.BiFunction;
import org.onetrip.calendar.api.Deadline;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.DuplicateCaseMergedEvent;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.ExtensionDeniedEvent;
import org.onetrip.cases.api.ExtensionRequestedEvent;
import org.onetrip.projections.buckpassing.BuckPassingDetector;
import org.onetrip.projections.buckpassing.BuckPassingFlag;
import org.onetrip.projections.buckpassing.DepartmentTally;
import org.onetrip.projections.buckpassing.HandlingStep;
import org.onetrip.projections.buckpassing.HandlingStep.Type;

/** Folds case events, in order, into the case's search document and its buck-passing flags. */
public class CaseDocumentFolder {

    private final BuckPassingDetector detector;
    private final BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween;

    public CaseDocumentFolder(
            BuckPassingDetector detector, BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween) {
        this.detector = detector;
        this.workingDaysBetween = workingDaysBetween;
    }

    /**
     * Returns false, changing nothing, for an event at or below the document's version. Status, holding
     * department, due date, pending requests and the counts follow {@link CaseState#step}; the rest (texts,
     * timestamps, handling steps) is the document's own; the flags and tallies are {@link #withFindings}'s.
     */
    public boolean fold(CaseDocument doc, CaseEvent event, long sequence) {
        if (sequence <= doc.version) {
            return false;
        }
        var before = stateOf(doc);
        var at = event.context().occurredAt();
        var id = event.context().eventId();
        if (event instanceof CaseFiledEvent e) {
            doc.caseId = e.caseId();
            doc.caseNumber = PublicResultId.of(e.caseId());
            doc.kind = e.kind();
            doc.category = e.category();
            doc.categoryNames = new ArrayList<>(CategoryNames.of(e.category()));
            doc.channel = e.context().channel();
            doc.title = e.title();
            doc.description = e.description();
            doc.serviceItemCode = e.serviceItemCode();
            doc.concernedDepartmentCode = e.concernedDepartmentCode();
            doc.filedAt = at;
        } else if (event instanceof CaseAcceptedEvent) {
            doc.acceptedAt = at;
        } else if (event instanceof CaseDeclinedEvent) {
            doc.closedAt = at;
        } else if (event instanceof CaseAssignedEvent e) {
            doc.signedAt = null;
            if (doc.firstAssignedAt == null) {
                doc.firstAssignedAt = at;
            }
            step(doc, sequence, id, Type.ASSIGNED, at, e.departmentCode(), null, e.dueDate(), false);
        } else if (event instanceof CaseSignedForEvent e) {
            doc.signedAt = at;
            step(doc, sequence, id, Type.SIGNED_FOR, at, e.departmentCode(), null, null, false);
        } else if (event instanceof ExtensionRequestedEvent e) {
            doc.extensionsRequested++;
            step(doc, sequence, id, Type.EXTENSION_REQUESTED, at, e.departmentCode(), null, null, false);
        } else if (event instanceof ExtensionApprovedEvent e) {
            doc.extensionsApproved++;
            step(doc, sequence, id, Type.EXTENSION_APPROVED, at, e.departmentCode(), null, e.newDueDate(), false);
        } else if (event instanceof ExtensionDeniedEvent e) {
            step(doc, sequence, id, Type.EXTENSION_DENIED, at, e.departmentCode(), null, null, false);
        } else if (event instanceof CaseReturnedEvent e) {
            step(doc, sequence, id, Type.RETURNED, at, e.fromDepartmentCode(), null, null, false);
        } else if (event instanceof CaseTransferredEvent e) {
            doc.signedAt = null;
            step(
                    doc,
                    sequence,
                    id,
                    Type.TRANSFERRED,
                    at,
                    e.fromDepartmentCode(),
                    e.toDepartmentCode(),
                    e.dueDate(),
                    false);
        } else if (event instanceof CaseAnsweredEvent e) {
            doc.answer = e.answer();
            if (doc.answeredAt == null) {
                var answered = date(at);
                doc.answeredOnTime = before.dueDate() == null || !answered.isAfter(before.dueDate());
                doc.handlingWorkingDays = doc.firstAssignedAt == null
                        ? null
                        : Math.max(0, workingDaysBetween.apply(date(doc.firstAssignedAt), answered));
            }
            doc.answeredAt = at;
            step(doc, sequence, id, Type.ANSWERED, at, e.departmentCode(), null, null, false);
        } else if (event instanceof CaseRatedEvent e) {
            step(
                    doc,
                    sequence,
                    id,
                    Type.RATED,
                    at,
                    doc.departmentCode,
                    null,
                    null,
                    e.rating().isBad());
        } else if (event instanceof CaseReopenedEvent e) {
            step(doc, sequence, id, Type.REOPENED, at, e.departmentCode(), null, e.dueDate(), false);
        } else if (event instanceof CaseClosedEvent) {
            doc.closedAt = at;
            step(doc, sequence, id, Type.CLOSED, at, doc.departmentCode, null, null, false);
        } else if (event instanceof CaseMergedIntoEvent e) {
            doc.mergedIntoCaseId = e.primaryCaseId();
            doc.closedAt = at;
        } else if (event instanceof DuplicateCaseMergedEvent e) {
            doc.duplicateCaseIds.add(e.duplicateCaseId());
            step(doc, sequence, id, Type.DUPLICATE_MERGED, at, doc.departmentCode, null, null, false);
        } else if (event instanceof AccountabilityRecordedEvent) {
            doc.accountabilityRecords++;
        }
        follow(doc, before.step(event));
        doc.version = sequence;
        doc.lastChangedAt = at;
        return true;
    }

    /**
     * Sets what follows from the handling steps and the status alone: buck-passing flags, their score, the tallies
     * per department and who holds the case. Made when a document is written, not for every event folded: a replay
     * folds most events into a document that a later event rewrites before it is sent.
     */
    public CaseDocument withFindings(CaseDocument doc) {
        doc.flags = detector.detect(doc.steps);
        doc.flagScore = doc.flags.stream().mapToInt(BuckPassingFlag::weight).sum();
        doc.departmentTallies = DepartmentTally.of(doc.steps, doc.flags, workingDaysBetween);
        var holding = doc.isOpen() ? detector.holding(doc.steps) : null;
        doc.heldBy = holding == null ? null : holding.department();
        doc.heldSince = holding == null ? null : holding.since();
        doc.heldUnsigned = holding == null ? null : !holding.signed();
        doc.heldDueDate = holding == null ? null : holding.dueDate();
        return doc;
    }

    /** The case's state as far as the document keeps it; {@link CaseState#step} needs no more for what it shows. */
    static CaseState stateOf(CaseDocument doc) {
        return new CaseState(
                doc.caseId,
                null,
                doc.kind,
                doc.serviceItemCode,
                doc.concernedDepartmentCode,
                doc.anonymous,
                doc.status,
                doc.departmentCode,
                doc.dueDate == null ? null : new Deadline(doc.dueDate, 0, 0),
                doc.signedAt != null,
                doc.pendingExtension,
                doc.pendingTransfer,
                null,
                doc.rating,
                doc.underSupervision,
                false,
                doc.resultWithheld,
                doc.departmentsInvolved,
                doc.returns,
                doc.transfers,
                doc.reopenings);
    }

    private static void follow(CaseDocument doc, CaseState state) {
        doc.anonymous = state.anonymous();
        doc.status = state.status();
        doc.departmentCode = state.departmentCode();
        doc.departmentsInvolved = new ArrayList<>(state.departmentsHeld());
        doc.dueDate = state.dueDate();
        doc.pendingExtension = state.pendingExtension();
        doc.pendingTransfer = state.pendingTransfer();
        doc.rating = state.rating();
        doc.satisfied = state.rating() == null ? null : !state.rating().isBad();
        doc.returns = state.returns();
        doc.transfers = state.transfers();
        doc.reopenings = state.reopenings();
        doc.underSupervision = state.supervisionOpen();
        doc.resultWithheld = state.resultWithheld();
    }

    private static void step(
            CaseDocument doc,
            long sequence,
            String eventId,
            Type type,
            Instant at,
            String department,
            String toDepartment,
            LocalDate dueDate,
            boolean badRating) {
        doc.steps.add(new HandlingStep(sequence, eventId, type, at, department, toDepartment, dueDate, badRating));
    }

    private static LocalDate date(Instant at) {
        return at.atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }
}
