package org.onetrip.audit.api;

import java.time.Instant;
import java.util.List;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.PublicCaseResponse;

/**
 * A case as it stood at {@code at}: only events stamped at or before it, replayed. {@code version} is
 * the last of those events' sequence number; {@code state} where the case stood (status, holding department,
 * due date, returns, transfers, supervision); contact data is withheld as on the staff timeline.
 */
public record CaseAsOfResponse(
        String caseId,
        Instant at,
        long version,
        CaseStatus status,
        PublicCaseResponse publicPage,
        CaseState state,
        List<CaseTimelineResponse.Entry> events) {}
