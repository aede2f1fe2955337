package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record CaseRatedEvent(String caseId, EventContext context, Rating rating, String comment) implements CaseEvent {}
