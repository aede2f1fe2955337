package org.onetrip.cases.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.ProgressNoteAddedEvent;
import org.onetrip.cases.api.PublicCaseResponse;
import org.onetrip.cases.api.PublicCaseResponse.PublicTimelineEntry;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.api.SupervisionConcludedEvent;
import org.onetrip.cases.api.SupervisionOpenedEvent;

/**
 * Folds a case's events into what the public may see. An allow-list: an event type not named here
 * (refusals, extension requests, duplicates absorbed) never reaches the public page, and texts are
 * shown only where the public is their audience (decline reasons, answers).
 */
public final class PublicCaseView {

    private String receiptCode;
    private CaseKind kind;
    private CaseCategory category;
    private String title;
    private CaseStatus status;
    private Instant filedAt;
    private String department;
    private LocalDate dueDate;
    private String answer;
    private Rating rating;
    private boolean underSupervision;
    private final List<PublicTimelineEntry> timeline = new ArrayList<>();

    public static PublicCaseResponse of(List<CaseEvent> events) {
        var view = new PublicCaseView();
        events.forEach(view::apply);
        return new PublicCaseResponse(
                view.receiptCode,
                view.kind,
                view.category,
                view.title,
                view.status,
                view.filedAt,
                view.department,
                view.dueDate,
                view.answer,
                view.rating,
                view.underSupervision,
                List.copyOf(view.timeline));
    }

    private void apply(CaseEvent event) {
        var at = event.context().occurredAt();
        if (event instanceof CaseFiledEvent e) {
            receiptCode = new ReceiptCode(e.receiptCode()).grouped();
            kind = e.kind();
            category = e.category();
            title = e.title();
            status = CaseStatus.FILED;
            filedAt = at;
            step(at, "FILED", null, null, null, null, null);
        } else if (event instanceof CaseAcceptedEvent e) {
            status = CaseStatus.ACCEPTED;
            step(at, "ACCEPTED", null, null, null, null, null);
        } else if (event instanceof CaseDeclinedEvent e) {
            status = CaseStatus.DECLINED;
            step(at, "DECLINED", null, null, null, e.reason(), null);
        } else if (event instanceof CaseAssignedEvent e) {
            status = CaseStatus.ASSIGNED;
            department = e.departmentCode();
            dueDate = e.dueDate();
            step(at, "ASSIGNED", e.departmentCode(), null, e.dueDate(), null, null);
        } else if (event instanceof CaseSignedForEvent e) {
            status = CaseStatus.IN_PROGRESS;
            step(at, "SIGNED_FOR", e.departmentCode(), null, null, null, null);
        } else if (event instanceof ProgressNoteAddedEvent e) {
            step(at, "IN_PROGRESS", e.departmentCode(), null, null, null, null);
        } else if (event instanceof ExtensionApprovedEvent e) {
            dueDate = e.newDueDate();
            step(at, "EXTENDED", e.departmentCode(), null, e.newDueDate(), null, null);
        } else if (event instanceof CaseReturnedEvent e) {
            status = CaseStatus.RETURNED;
            department = null;
            step(at, "RETURNED", e.fromDepartmentCode(), null, null, null, null);
        } else if (event instanceof CaseTransferredEvent e) {
            status = CaseStatus.ASSIGNED;
            department = e.toDepartmentCode();
            step(at, "TRANSFERRED", e.fromDepartmentCode(), e.toDepartmentCode(), e.dueDate(), null, null);
        } else if (event instanceof CaseAnsweredEvent e) {
            status = CaseStatus.ANSWERED;
            answer = e.answer();
            rating = null;
            step(at, "ANSWERED", e.departmentCode(), null, null, e.answer(), null);
        } else if (event instanceof CaseRatedEvent e) {
            status = CaseStatus.RATED;
            rating = e.rating();
            step(at, "RATED", null, null, null, null, e.rating());
        } else if (event instanceof CaseReopenedEvent e) {
            status = CaseStatus.IN_PROGRESS;
            department = e.departmentCode();
            dueDate = e.dueDate();
            step(at, "REOPENED", e.departmentCode(), null, e.dueDate(), null, null);
        } else if (event instanceof CaseClosedEvent e) {
            status = CaseStatus.CLOSED;
            step(at, "CLOSED", null, null, null, null, null);
        } else if (event instanceof CaseMergedIntoEvent e) {
            status = CaseStatus.MERGED;
            step(at, "MERGED", null, null, null, null, null);
        } else if (event instanceof SupervisionOpenedEvent e) {
            underSupervision = true;
            step(at, "SUPERVISION_OPENED", null, null, null, null, null);
        } else if (event instanceof SupervisionConcludedEvent e) {
            underSupervision = false;
            step(at, "SUPERVISION_CONCLUDED", null, null, null, null, null);
        } else if (event instanceof AccountabilityRecordedEvent e) {
            step(at, "ACCOUNTABILITY_RECORDED", null, null, null, null, null);
        }
    }

    private void step(
            Instant at,
            String step,
            String departmentCode,
            String toDepartmentCode,
            LocalDate due,
            String text,
            Rating stepRating) {
        timeline.add(new PublicTimelineEntry(at, step, departmentCode, toDepartmentCode, due, text, stepRating));
    }
}
