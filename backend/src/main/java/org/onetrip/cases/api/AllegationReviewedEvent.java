package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record AllegationReviewedEvent(String caseId, EventContext context, String finding) implements CaseEvent {}
