package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record AccountabilityRecordedEvent(
        String caseId,
        EventContext context,
        String departmentCode,
        String responsiblePerson,
        AccountabilityMeasure measure,
        String findings)
        implements CaseEvent {}
