package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

/** {@code departmentCode} is the department complained about, which the desk would like to hand the case to. */
public record ConflictOfInterestDecisionRequestedEvent(
        String caseId, EventContext context, String departmentCode, String reason) implements CaseEvent {}
