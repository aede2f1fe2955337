package org.onetrip.eventstore.migration;

import java.util.List;
import java.util.stream.Stream;
import org.onetrip.eventstore.kurrent.KurrentEventStorageEngine;

/** KurrentDB through the engine's byte-level operations: what is copied is what was stored. */
public class KurrentMigrationTarget implements MigrationTarget {

    private final KurrentEventStorageEngine engine;
    private final String description;

    public KurrentMigrationTarget(KurrentEventStorageEngine engine, String description) {
        this.engine = engine;
        this.description = description;
    }

    @Override
    public void append(List<StoredEvent> eventsOfOneAggregate) {
        engine.appendEventData(
                eventsOfOneAggregate.stream().map(StoredEvent::toEntry).toList());
    }

    @Override
    public Stream<StoredEvent> readAggregate(String aggregateIdentifier) {
        return engine.readAggregateEventData(aggregateIdentifier, 0).map(StoredEvent::of);
    }

    @Override
    public Stream<StoredEvent> inGlobalOrder() {
        return engine.streamEventData(null).map(StoredEvent::of);
    }

    @Override
    public String describe() {
        return description;
    }
}
