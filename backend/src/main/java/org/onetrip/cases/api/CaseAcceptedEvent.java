package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record CaseAcceptedEvent(String caseId, EventContext context, String note) implements CaseEvent {}
