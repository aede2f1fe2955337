package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record CaseDeclinedEvent(String caseId, EventContext context, String reason) implements CaseEvent {}
