package org.onetrip.eventstore.migration;

import java.util.List;
import java.util.stream.Stream;

/** The store events are copied to. */
public interface MigrationTarget {

    /** Appends consecutive events of ONE aggregate, bytes unchanged, in one atomic write. */
    void append(List<StoredEvent> eventsOfOneAggregate);

    /** One aggregate's events by sequence number, as stored. */
    Stream<StoredEvent> readAggregate(String aggregateIdentifier);

    /** Every event the application stored, in the target's global order. */
    Stream<StoredEvent> inGlobalOrder();

    String describe();
}
