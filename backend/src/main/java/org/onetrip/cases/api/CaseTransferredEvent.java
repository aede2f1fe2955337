package org.onetrip.cases.api;

import java.time.LocalDate;
import org.onetrip.shared.api.EventContext;

public record CaseTransferredEvent(
        String caseId,
        EventContext context,
        String fromDepartmentCode,
        String toDepartmentCode,
        String reason,
        LocalDate dueDate)
        implements CaseEvent {}
