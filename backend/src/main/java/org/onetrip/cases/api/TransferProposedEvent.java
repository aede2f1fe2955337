package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

/** The case stays with {@code fromDepartmentCode}, its deadline running, until the intake desk decides. */
public record TransferProposedEvent(
        String caseId, EventContext context, String fromDepartmentCode, String toDepartmentCode, String reason)
        implements CaseEvent {}
