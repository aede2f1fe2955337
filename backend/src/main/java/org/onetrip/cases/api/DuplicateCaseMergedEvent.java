package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record DuplicateCaseMergedEvent(String caseId, EventContext context, String duplicateCaseId, String reason)
        implements CaseEvent {}
