package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record CaseClosedEvent(String caseId, EventContext context, String remark, Rating finalRating)
        implements CaseEvent {}
