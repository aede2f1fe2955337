package org.onetrip.observability;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Whether the event store answers (health contributor {@code eventStore}, part of readiness): the position of its
 * newest event, asked of whichever store is configured (the relational database or KurrentDB).
 */
@Component("eventStore")
public class EventStoreHealthIndicator extends AbstractHealthIndicator {

    private final EventStore eventStore;

    public EventStoreHealthIndicator(EventStore eventStore) {
        super("the event store does not answer");
        this.eventStore = eventStore;
    }

    @Override
    protected void doHealthCheck(Health.Builder health) {
        var head = eventStore.createHeadToken();
        health.up().withDetail("head", head == null ? -1 : head.position().orElse(-1));
    }
}
