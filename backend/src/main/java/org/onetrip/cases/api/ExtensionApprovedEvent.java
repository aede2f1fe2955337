package org.onetrip.cases.api;

import java.time.LocalDate;
import org.onetrip.shared.api.EventContext;

public record ExtensionApprovedEvent(
        String caseId,
        EventContext context,
        String departmentCode,
        int workingDays,
        LocalDate previousDueDate,
        LocalDate newDueDate,
        long calendarVersion,
        String note)
        implements CaseEvent {}
