package org.onetrip.projections.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.function.BiFunction;
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
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.DuplicateCaseMergedEvent;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.ExtensionDeniedEvent;
import org.onetrip.cases.api.ExtensionRequestedEvent;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.api.SupervisionConcludedEvent;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.cases.api.TransferProposedEvent;
import org.onetrip.cases.api.TransferRejectedEvent;
import org.onetrip.projections.buckpassing.BuckPassingDetector;
import org.onetrip.projections.buckpassing.BuckPassingFlag;
import org.onetrip.projections.cases.HandlingStep.Type;

/** Folds case events, in order, into the case's search document and its buck-passing flags. */
public class CaseDocumentFolder {

    private static final ZoneId CHINA = ZoneId.of("Asia/Shanghai");

    private final BuckPassingDetector detector;
    private final BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween;

    public CaseDocumentFolder(
            BuckPassingDetector detector, BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween) {
        this.detector = detector;
        this.workingDaysBetween = workingDaysBetween;
    }

    /** Returns false, changing nothing, for an event at or below the document's version. */
    public boolean fold(CaseDocument doc, CaseEvent event, long sequence) {
        if (sequence <= doc.version) {
            return false;
        }
        var at = event.context().occurredAt();
        var id = event.context().eventId();
        if (event instanceof CaseFiledEvent e) {
            doc.caseId = e.caseId();
            doc.receiptCode = new ReceiptCode(e.receiptCode()).grouped();
            doc.kind = e.kind();
            doc.category = e.category();
            doc.channel = e.context().channel();
            doc.title = e.title();
            doc.description = e.description();
            doc.serviceItemCode = e.serviceItemCode();
            doc.concernedDepartmentCode = e.concernedDepartmentCode();
            doc.anonymous = e.complainant() == null || e.complainant().anonymous();
            doc.status = CaseStatus.FILED;
            doc.filedAt = at;
        } else if (event instanceof CaseAcceptedEvent) {
            doc.status = CaseStatus.ACCEPTED;
            doc.acceptedAt = at;
        } else if (event instanceof CaseDeclinedEvent) {
            doc.status = CaseStatus.DECLINED;
            doc.closedAt = at;
        } else if (event instanceof CaseAssignedEvent e) {
            doc.status = CaseStatus.ASSIGNED;
            hold(doc, e.departmentCode());
            doc.dueDate = e.dueDate();
            doc.signedAt = null;
            if (doc.firstAssignedAt == null) {
                doc.firstAssignedAt = at;
            }
            step(doc, sequence, id, Type.ASSIGNED, at, e.departmentCode(), null, e.dueDate(), false);
        } else if (event instanceof CaseSignedForEvent e) {
            doc.status = CaseStatus.IN_PROGRESS;
            doc.signedAt = at;
            step(doc, sequence, id, Type.SIGNED_FOR, at, e.departmentCode(), null, null, false);
        } else if (event instanceof ExtensionRequestedEvent e) {
            doc.extensionsRequested++;
            doc.pendingExtension = new PendingExtension(e.departmentCode(), e.workingDays(), e.reason(), at);
            step(doc, sequence, id, Type.EXTENSION_REQUESTED, at, e.departmentCode(), null, null, false);
        } else if (event instanceof ExtensionApprovedEvent e) {
            doc.extensionsApproved++;
            doc.dueDate = e.newDueDate();
            doc.pendingExtension = null;
            step(doc, sequence, id, Type.EXTENSION_APPROVED, at, e.departmentCode(), null, e.newDueDate(), false);
        } else if (event instanceof ExtensionDeniedEvent e) {
            doc.pendingExtension = null;
            step(doc, sequence, id, Type.EXTENSION_DENIED, at, e.departmentCode(), null, null, false);
        } else if (event instanceof TransferProposedEvent e) {
            doc.pendingTransfer = new PendingTransfer(e.fromDepartmentCode(), e.toDepartmentCode(), e.reason(), at, id);
        } else if (event instanceof TransferRejectedEvent) {
            doc.pendingTransfer = null;
        } else if (event instanceof CaseReturnedEvent e) {
            doc.pendingTransfer = null;
            doc.status = CaseStatus.RETURNED;
            doc.departmentCode = null;
            doc.returns++;
            doc.pendingExtension = null;
            step(doc, sequence, id, Type.RETURNED, at, e.fromDepartmentCode(), null, null, false);
        } else if (event instanceof CaseTransferredEvent e) {
            doc.pendingTransfer = null;
            doc.status = CaseStatus.ASSIGNED;
            hold(doc, e.toDepartmentCode());
            doc.transfers++;
            doc.signedAt = null;
            doc.pendingExtension = null;
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
            doc.pendingTransfer = null;
            doc.status = CaseStatus.ANSWERED;
            doc.answer = e.answer();
            doc.pendingExtension = null;
            doc.rating = null;
            doc.satisfied = null;
            if (doc.answeredAt == null) {
                var answered = date(at);
                doc.answeredOnTime = doc.dueDate == null || !answered.isAfter(doc.dueDate);
                doc.handlingWorkingDays = doc.firstAssignedAt == null
                        ? null
                        : Math.max(0, workingDaysBetween.apply(date(doc.firstAssignedAt), answered));
            }
            doc.answeredAt = at;
            step(doc, sequence, id, Type.ANSWERED, at, e.departmentCode(), null, null, false);
        } else if (event instanceof CaseRatedEvent e) {
            doc.status = CaseStatus.RATED;
            doc.rating = e.rating();
            doc.satisfied = !e.rating().isBad();
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
            doc.status = CaseStatus.IN_PROGRESS;
            hold(doc, e.departmentCode());
            doc.dueDate = e.dueDate();
            doc.reopenings++;
            step(doc, sequence, id, Type.REOPENED, at, e.departmentCode(), null, e.dueDate(), false);
        } else if (event instanceof CaseClosedEvent) {
            doc.status = CaseStatus.CLOSED;
            doc.closedAt = at;
            step(doc, sequence, id, Type.CLOSED, at, doc.departmentCode, null, null, false);
        } else if (event instanceof CaseMergedIntoEvent e) {
            doc.pendingTransfer = null;
            doc.status = CaseStatus.MERGED;
            doc.mergedIntoCaseId = e.primaryCaseId();
            doc.closedAt = at;
        } else if (event instanceof DuplicateCaseMergedEvent e) {
            doc.duplicateCaseIds.add(e.duplicateCaseId());
            step(doc, sequence, id, Type.DUPLICATE_MERGED, at, doc.departmentCode, null, null, false);
        } else if (event instanceof SupervisionOpenedEvent) {
            doc.underSupervision = true;
        } else if (event instanceof SupervisionConcludedEvent) {
            doc.underSupervision = false;
        } else if (event instanceof AccountabilityRecordedEvent) {
            doc.accountabilityRecords++;
        }
        doc.version = sequence;
        doc.lastChangedAt = at;
        doc.flags = detector.detect(doc.steps);
        doc.flagScore = doc.flags.stream().mapToInt(BuckPassingFlag::weight).sum();
        return true;
    }

    private static void hold(CaseDocument doc, String department) {
        doc.departmentCode = department;
        if (!doc.departmentsInvolved.contains(department)) {
            doc.departmentsInvolved.add(department);
        }
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
        return at.atZone(CHINA).toLocalDate();
    }
}
