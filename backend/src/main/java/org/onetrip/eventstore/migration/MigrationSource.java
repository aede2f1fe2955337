package org.onetrip.eventstore.migration;

import java.util.stream.Stream;

/** The store events are copied from. Streams must be closed by the caller. */
public interface MigrationSource {

    /** Every event, in the store's global (tracking) order. */
    Stream<StoredEvent> inGlobalOrder();

    /** Every event, aggregate by aggregate (any order of aggregates), each aggregate by sequence number. */
    Stream<StoredEvent> inAggregateOrder();

    String describe();
}
