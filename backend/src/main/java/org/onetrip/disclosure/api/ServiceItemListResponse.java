package org.onetrip.disclosure.api;

import java.time.Instant;
import java.util.List;

public record ServiceItemListResponse(List<Entry> items) {
    public record Entry(
            String code,
            String name,
            ServiceItemStatus status,
            int version,
            String departmentCode,
            String departmentName,
            HallZone hallZone,
            String hallZoneLabel,
            Classification classification,
            String classificationLabel,
            Integer promisedTimeLimitDays,
            String batchName,
            Instant lastChangedAt) {}
}
