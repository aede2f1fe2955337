package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record CaseSignedForEvent(String caseId, EventContext context, String departmentCode) implements CaseEvent {}
