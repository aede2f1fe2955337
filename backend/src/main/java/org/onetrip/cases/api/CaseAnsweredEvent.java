package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record CaseAnsweredEvent(String caseId, EventContext context, String departmentCode, String answer)
        implements CaseEvent {}
