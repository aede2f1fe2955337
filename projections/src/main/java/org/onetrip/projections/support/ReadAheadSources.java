package org.onetrip.projections.support;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.messaging.StreamableMessageSource;

/** The read-ahead sources of the read side's processors by processing group. */
public final class ReadAheadSources {

    private final Map<String, ReadAheadEventSource> byGroup = new ConcurrentHashMap<>();

    public ReadAheadEventSource create(
            String group, StreamableMessageSource<TrackedEventMessage<?>> store, int capacity) {
        var source = new ReadAheadEventSource(store, capacity, group);
        byGroup.put(group, source);
        return source;
    }

    /** See {@link ReadAheadEventSource#stopWaiting()}; a processor reading without one is left as it is. */
    public void stopWaiting(String group) {
        var source = byGroup.get(group);
        if (source != null) {
            source.stopWaiting();
        }
    }
}
