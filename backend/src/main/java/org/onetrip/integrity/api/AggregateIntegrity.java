package org.onetrip.integrity.api;

import java.util.List;

/**
 * The verdict on one aggregate's chain. {@code UNCHAINED_LEGACY}: every event predates chaining, so
 * nothing can be said for or against them; {@code legacyEvents} counts such events in any chain.
 */
public record AggregateIntegrity(
        String aggregateId,
        String aggregateType,
        Status status,
        Long brokenAtSequence,
        long events,
        long legacyEvents,
        String head,
        List<IntegrityFinding> findings) {
    public enum Status {
        INTACT,
        UNCHAINED_LEGACY,
        MISSING_EVENTS,
        BROKEN
    }

    public boolean damaged() {
        return status == Status.BROKEN || status == Status.MISSING_EVENTS;
    }
}
