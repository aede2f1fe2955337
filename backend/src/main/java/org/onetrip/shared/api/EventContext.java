package org.onetrip.shared.api;

import java.time.Instant;
import java.util.Objects;

/** The provenance every event carries: its own id, who acted, through which channel, and when. */
public record EventContext(String eventId, Actor actor, Channel channel, Instant occurredAt) {
    public EventContext {
        Objects.requireNonNull(eventId, "eventId");
        Objects.requireNonNull(actor, "actor");
        Objects.requireNonNull(channel, "channel");
        Objects.requireNonNull(occurredAt, "occurredAt");
    }
}
