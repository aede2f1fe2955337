package org.onetrip.cases.api;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;

/**
 * A case's full history for staff, event by event as stored; contact data is withheld and the receipt code masked
 * ({@link ReceiptCode#masked}): staff never hold the filer's key.
 */
public record CaseTimelineResponse(
        String caseId, String receiptCode, CaseStatus status, long version, List<Entry> events) {

    public record Entry(long sequence, String eventId, String type, Instant occurredAt, JsonNode payload) {}
}
