package org.onetrip.cases.api;

import java.time.LocalDate;
import org.onetrip.shared.api.EventContext;

public record CaseReopenedEvent(
        String caseId,
        EventContext context,
        String departmentCode,
        String reason,
        LocalDate dueDate,
        int workingDays,
        long calendarVersion)
        implements CaseEvent {}
