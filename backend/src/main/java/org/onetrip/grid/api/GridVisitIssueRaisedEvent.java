package org.onetrip.grid.api;

import org.onetrip.shared.api.EventContext;

/** An issue of a visit became the case {@code caseId}; {@code reason} only when it was raised later. */
public record GridVisitIssueRaisedEvent(
        String gridId, EventContext context, String visitId, int issueNumber, String caseId, String reason)
        implements GridEvent {}
