package org.onetrip.integrity.api;

import java.time.Instant;

/** A published root against the root recomputed from the events stored now. */
public record CheckpointCheck(
        long number,
        Instant periodStart,
        Instant periodEnd,
        long publishedEventCount,
        long foundEventCount,
        String publishedRoot,
        String recomputedRoot,
        boolean matches) {}
