package org.onetrip.integrity.api;

import java.time.Instant;
import org.onetrip.shared.api.EventContext;

/** A published root: whoever keeps it can later prove that the events of the period were rewritten. */
public record IntegrityCheckpointPublishedEvent(
        String ledgerId,
        EventContext context,
        long number,
        Instant periodStart,
        Instant periodEnd,
        long eventCount,
        String merkleRoot,
        String previousRoot) {}
