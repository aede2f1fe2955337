package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record CaseMergedIntoEvent(String caseId, EventContext context, String primaryCaseId, String reason)
        implements CaseEvent {}
