package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record ExtensionRequestedEvent(
        String caseId, EventContext context, String departmentCode, int workingDays, String reason)
        implements CaseEvent {}
