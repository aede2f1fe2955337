package org.onetrip.projections.timeline;

import java.time.format.DateTimeFormatter;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseClosedEvent;
import org.onetrip.cases.api.CaseCommandRefusedEvent;
import org.onetrip.cases.api.CaseDeclinedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseMergedIntoEvent;
import org.onetrip.cases.api.CaseRatedEvent;
import org.onetrip.cases.api.CaseReopenedEvent;
import org.onetrip.cases.api.CaseReturnedEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.ExtensionApprovedEvent;
import org.onetrip.cases.api.ExtensionDeniedEvent;
import org.onetrip.cases.api.ExtensionRequestedEvent;
import org.onetrip.cases.api.ProgressNoteAddedEvent;
import org.onetrip.cases.api.ResultRepublishedEvent;
import org.onetrip.cases.api.ResultWithheldEvent;
import org.onetrip.cases.api.SupervisionConcludedEvent;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.cases.api.TransferProposedEvent;
import org.onetrip.cases.api.TransferRejectedEvent;

/** Maps a case event to its timeline entry; the complainant's contact data never enters the index. */
public final class TimelineEntries {

    private static final DateTimeFormatter MONTH =
            DateTimeFormatter.ofPattern("yyyy-MM").withZone(WorkingDayCalendar.ZONE);

    private TimelineEntries() {}

    public static TimelineEntryDocument of(CaseEvent event, long sequence) {
        var context = event.context();
        String department = null;
        String from = null;
        String to = null;
        String text = null;
        org.onetrip.cases.api.Rating rating = null;
        String refusalReason = null;
        String refusedCommand = null;
        if (event instanceof CaseFiledEvent e) {
            department = e.concernedDepartmentCode();
            text = e.title() + "\n" + e.description();
        } else if (event instanceof CaseAcceptedEvent e) {
            text = e.note();
        } else if (event instanceof CaseDeclinedEvent e) {
            text = e.reason();
        } else if (event instanceof CaseAssignedEvent e) {
            department = e.departmentCode();
            to = e.departmentCode();
            text = e.instructions();
        } else if (event instanceof CaseSignedForEvent e) {
            department = e.departmentCode();
        } else if (event instanceof ProgressNoteAddedEvent e) {
            department = e.departmentCode();
            text = e.note();
        } else if (event instanceof ExtensionRequestedEvent e) {
            department = e.departmentCode();
            text = e.reason();
        } else if (event instanceof ExtensionApprovedEvent e) {
            department = e.departmentCode();
            text = e.note();
        } else if (event instanceof ExtensionDeniedEvent e) {
            department = e.departmentCode();
            text = e.reason();
        } else if (event instanceof CaseReturnedEvent e) {
            department = e.fromDepartmentCode();
            from = e.fromDepartmentCode();
            text = e.reason();
        } else if (event instanceof CaseTransferredEvent e) {
            department = e.fromDepartmentCode();
            from = e.fromDepartmentCode();
            to = e.toDepartmentCode();
            text = e.reason();
        } else if (event instanceof TransferProposedEvent e) {
            department = e.fromDepartmentCode();
            from = e.fromDepartmentCode();
            to = e.toDepartmentCode();
            text = e.reason();
        } else if (event instanceof TransferRejectedEvent e) {
            department = e.fromDepartmentCode();
            from = e.fromDepartmentCode();
            to = e.toDepartmentCode();
            text = e.reason();
        } else if (event instanceof CaseAnsweredEvent e) {
            department = e.departmentCode();
            text = e.answer();
        } else if (event instanceof CaseRatedEvent e) {
            rating = e.rating();
            text = e.comment();
        } else if (event instanceof CaseReopenedEvent e) {
            department = e.departmentCode();
            text = e.reason();
        } else if (event instanceof CaseClosedEvent e) {
            text = e.remark();
        } else if (event instanceof CaseMergedIntoEvent e) {
            text = e.reason();
        } else if (event instanceof SupervisionOpenedEvent e) {
            text = e.reason();
        } else if (event instanceof SupervisionConcludedEvent e) {
            text = e.conclusion();
        } else if (event instanceof ResultWithheldEvent e) {
            text = e.reason();
        } else if (event instanceof ResultRepublishedEvent e) {
            text = e.reason();
        } else if (event instanceof AccountabilityRecordedEvent e) {
            department = e.departmentCode();
            text = e.findings();
        } else if (event instanceof CaseCommandRefusedEvent e) {
            refusalReason = e.reason().name();
            refusedCommand = e.command();
            text = e.detail();
        }
        var actor = context.actor();
        return new TimelineEntryDocument(
                context.eventId(),
                event.caseId(),
                sequence,
                event.getClass().getSimpleName(),
                context.occurredAt(),
                MONTH.format(context.occurredAt()),
                actor.personId(),
                actor.role(),
                actor.departmentCode(),
                context.channel(),
                department,
                from,
                to,
                rating,
                refusalReason,
                refusedCommand,
                text);
    }
}
