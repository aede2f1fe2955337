package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record CaseFiledEvent(
        String caseId,
        EventContext context,
        String receiptCode,
        CaseKind kind,
        CaseCategory category,
        String title,
        String description,
        String serviceItemCode,
        String concernedDepartmentCode,
        FiledComplainant complainant)
        implements CaseEvent {}
