package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record CaseReturnedEvent(String caseId, EventContext context, String fromDepartmentCode, String reason)
        implements CaseEvent {}
