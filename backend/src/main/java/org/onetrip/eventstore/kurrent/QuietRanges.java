package org.onetrip.eventstore.kurrent;

import io.kurrent.dbclient.Position;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Remembers, for a few recent tokens, that nothing for Axon lies between the token and a later
 * {@code $all} position (only system events such as {@code $stats}, other streams or snapshots).
 * A processor polling an idle store then does not re-read the same skipped records on every poll.
 * Safe because {@code $all} is append-only: no record can appear later inside a range already read.
 */
final class QuietRanges {

    private final Map<KurrentTrackingToken, Position> ranges;

    QuietRanges(int capacity) {
        this.ranges = new LinkedHashMap<>(capacity, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<KurrentTrackingToken, Position> eldest) {
                return size() > capacity;
            }
        };
    }

    synchronized void remember(KurrentTrackingToken from, Position scannedTo) {
        ranges.put(from, scannedTo);
    }

    /** The position to read after when streaming from {@code from}. */
    synchronized Position skipTo(KurrentTrackingToken from) {
        Position known = ranges.get(from);
        return known != null ? known : from.toPosition();
    }
}
