package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record CaseCommandRefusedEvent(
        String caseId, EventContext context, String command, RefusalReason reason, String detail)
        implements CaseEvent {}
