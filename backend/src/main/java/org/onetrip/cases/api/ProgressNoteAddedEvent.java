package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

public record ProgressNoteAddedEvent(String caseId, EventContext context, String departmentCode, String note)
        implements CaseEvent {}
