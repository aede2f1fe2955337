package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record SupervisionConcludedEvent(String caseId, EventContext context, String conclusion) implements CaseEvent {}
