package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

/** {@code reason} is the intake desk's; the case stays with {@code fromDepartmentCode}. */
public record TransferRejectedEvent(
        String caseId, EventContext context, String fromDepartmentCode, String toDepartmentCode, String reason)
        implements CaseEvent {}
