package org.onetrip.disclosure.api;

import java.time.Instant;
import java.util.List;

/** A published batch (第一批 …) and the items it first published, with their status today. */
public record PublicationBatchResponse(
        String batchId, String batchName, String note, Instant publishedAt, List<Item> items) {
    public record Item(String code, String name, ServiceItemStatus status) {}
}
