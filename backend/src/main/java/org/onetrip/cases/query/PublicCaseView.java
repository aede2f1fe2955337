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
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseState;
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

    private CaseState state = CaseState.NONE;
    private CaseCategory category;
    private String title;
    private Instant filedAt;
    private String answer;
    private final List<PublicTimelineEntry> timeline = new ArrayList<>();

    public static PublicCaseResponse of(List<CaseEvent> events) {
        var view = new PublicCaseView();
        events.forEach(view::apply);
        var state = view.state;
        return new PublicCaseResponse(
                state.receiptCode() == null ? null : new ReceiptCode(state.receiptCode()).grouped(),
                state.kind(),
                view.category,
                view.title,
                state.status(),
                view.filedAt,
                state.departmentCode(),
                state.dueDate(),
                view.answer,
                state.rating(),
                state.supervisionOpen(),
                List.copyOf(view.timeline));
    }

    private void apply(CaseEvent event) {
        state = state.step(event);
        var at = event.context().occurredAt();
        if (event instanceof CaseFiledEvent e) {
            category = e.category();
            title = e.title();
            filedAt = at;
            step(at, "FILED", null, null, null, null, null);
        } else if (event instanceof CaseAcceptedEvent e) {
            step(at, "ACCEPTED", null, null, null, null, null);
        } else if (event instanceof CaseDeclinedEvent e) {
            step(at, "DECLINED", null, null, null, e.reason(), null);
        } else if (event instanceof CaseAssignedEvent e) {
            step(at, "ASSIGNED", e.departmentCode(), null, e.dueDate(), null, null);
        } else if (event instanceof CaseSignedForEvent e) {
            step(at, "SIGNED_FOR", e.departmentCode(), null, null, null, null);
        } else if (event instanceof ProgressNoteAddedEvent e) {
            step(at, "IN_PROGRESS", e.departmentCode(), null, null, null, null);
        } else if (event instanceof ExtensionApprovedEvent e) {
            step(at, "EXTENDED", e.departmentCode(), null, e.newDueDate(), null, null);
        } else if (event instanceof CaseReturnedEvent e) {
            step(at, "RETURNED", e.fromDepartmentCode(), null, null, null, null);
        } else if (event instanceof CaseTransferredEvent e) {
            step(at, "TRANSFERRED", e.fromDepartmentCode(), e.toDepartmentCode(), e.dueDate(), null, null);
        } else if (event instanceof CaseAnsweredEvent e) {
            answer = e.answer();
            step(at, "ANSWERED", e.departmentCode(), null, null, e.answer(), null);
        } else if (event instanceof CaseRatedEvent e) {
            step(at, "RATED", null, null, null, null, e.rating());
        } else if (event instanceof CaseReopenedEvent e) {
            step(at, "REOPENED", e.departmentCode(), null, e.dueDate(), null, null);
        } else if (event instanceof CaseClosedEvent e) {
            step(at, "CLOSED", null, null, null, null, null);
        } else if (event instanceof CaseMergedIntoEvent e) {
            step(at, "MERGED", null, null, null, null, null);
        } else if (event instanceof SupervisionOpenedEvent e) {
            step(at, "SUPERVISION_OPENED", null, null, null, null, null);
        } else if (event instanceof SupervisionConcludedEvent e) {
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
