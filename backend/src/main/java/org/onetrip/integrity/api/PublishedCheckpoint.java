package org.onetrip.integrity.api;

import java.time.Instant;

/** A checkpoint as the public sees it; {@code eventHash} is the checkpoint event's own chain hash. */
public record PublishedCheckpoint(
        long number,
        Instant periodStart,
        Instant periodEnd,
        long eventCount,
        String merkleRoot,
        String previousRoot,
        Instant publishedAt,
        String eventHash) {}
