package org.onetrip.cases.api;

import java.time.LocalDate;
import org.onetrip.shared.api.EventContext;

public record CaseAssignedEvent(
        String caseId,
        EventContext context,
        String departmentCode,
        String instructions,
        LocalDate dueDate,
        int workingDays,
        long calendarVersion,
        DeadlineBasis deadlineBasis,
        String deadlineResetReason)
        implements CaseEvent {}
