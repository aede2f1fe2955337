package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record ConflictOfInterestDecidedEvent(
        String caseId, EventContext context, String departmentCode, boolean permitted, String reason)
        implements CaseEvent {}
