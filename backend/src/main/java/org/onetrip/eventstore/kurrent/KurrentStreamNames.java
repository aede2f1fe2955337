package org.onetrip.eventstore.kurrent;

import java.util.Objects;

/**
 * How aggregates map to KurrentDB streams.
 *
 * <p>Every aggregate has one event stream named {@code <prefix>-<aggregateId>} (default prefix
 * {@code onetrip}), so the stream is found from the aggregate id alone (Axon 4's
 * {@code readEvents(aggregateId)} gets no aggregate type), and KurrentDB's {@code $by_category}
 * projection, which cuts the stream name at the first {@code -}, puts all of them in the category
 * {@code $ce-onetrip}. Snapshots live in {@code <prefix>_snapshot-<aggregateId>}: a separate category
 * ({@code $ce-onetrip_snapshot}), so category projections over events never see a snapshot.
 *
 * <p>The prefix must not contain {@code -} (it would move the category cut) and must not start with
 * {@code $} (reserved for system streams).
 */
public final class KurrentStreamNames {

    public static final String DEFAULT_PREFIX = "onetrip";
    private static final String SNAPSHOT_SUFFIX = "_snapshot";

    private final String prefix;

    public KurrentStreamNames(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isBlank() || prefix.contains("-") || prefix.startsWith("$")) {
            throw new IllegalArgumentException(
                    "A stream prefix must be non-blank, contain no '-' and not start with '$': '" + prefix + "'");
        }
        this.prefix = prefix;
    }

    public static KurrentStreamNames defaults() {
        return new KurrentStreamNames(DEFAULT_PREFIX);
    }

    public String prefix() {
        return prefix;
    }

    /** The category of all event streams, as KurrentDB's {@code $by_category} projection names it. */
    public String eventCategory() {
        return prefix;
    }

    public String eventStream(String aggregateIdentifier) {
        return prefix + "-" + requireId(aggregateIdentifier);
    }

    public String snapshotStream(String aggregateIdentifier) {
        return prefix + SNAPSHOT_SUFFIX + "-" + requireId(aggregateIdentifier);
    }

    public boolean isEventStream(String streamId) {
        return streamId != null && streamId.startsWith(prefix + "-") && streamId.length() > prefix.length() + 1;
    }

    public boolean isSnapshotStream(String streamId) {
        return streamId != null && streamId.startsWith(prefix + SNAPSHOT_SUFFIX + "-");
    }

    /** The aggregate id of one of this application's event streams. */
    public String aggregateIdentifierOf(String eventStreamId) {
        if (!isEventStream(eventStreamId)) {
            throw new IllegalArgumentException("Not an event stream of prefix '" + prefix + "': " + eventStreamId);
        }
        return eventStreamId.substring(prefix.length() + 1);
    }

    /** System streams and system event types start with {@code $} (metadata streams {@code $$...} too). */
    public static boolean isSystem(String streamId, String eventType) {
        return (streamId != null && streamId.startsWith("$")) || (eventType != null && eventType.startsWith("$"));
    }

    /** Whether streaming ({@code $all}) hands this record to Axon: our event streams only, no system events. */
    public boolean isStreamedToAxon(String streamId, String eventType) {
        return !isSystem(streamId, eventType) && isEventStream(streamId);
    }

    private static String requireId(String aggregateIdentifier) {
        if (aggregateIdentifier == null || aggregateIdentifier.isEmpty()) {
            throw new IllegalArgumentException("An aggregate identifier is required to name a stream");
        }
        return aggregateIdentifier;
    }
}
