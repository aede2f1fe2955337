package org.onetrip.eventstore.migration;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Stream;

/**
 * Copies every event from a source store to a target store in the source's global order, then verifies
 * the copy: equal totals, per stream (aggregate) equal count and checksum, and the same global order.
 * Consecutive events of one aggregate (one unit of work, as a rule) are copied in one atomic append.
 */
public class EventStoreMigration {

    private final int maxBatch;

    public EventStoreMigration(int maxBatch) {
        this.maxBatch = maxBatch;
    }

    /** Copies; returns the number of events copied. The target should hold none of these events yet. */
    public long copy(MigrationSource source, MigrationTarget target, LongConsumer progress) {
        long copied = 0;
        List<StoredEvent> batch = new ArrayList<>();
        try (Stream<StoredEvent> events = source.inGlobalOrder()) {
            Iterator<StoredEvent> iterator = events.iterator();
            while (iterator.hasNext()) {
                StoredEvent event = iterator.next();
                boolean sameAggregate = !batch.isEmpty()
                        && batch.get(0).aggregateIdentifier().equals(event.aggregateIdentifier())
                        && batch.get(batch.size() - 1).sequenceNumber() + 1 == event.sequenceNumber();
                if (!batch.isEmpty() && (!sameAggregate || batch.size() >= maxBatch)) {
                    target.append(batch);
                    copied += batch.size();
                    progress.accept(copied);
                    batch = new ArrayList<>();
                }
                batch.add(event);
            }
        }
        if (!batch.isEmpty()) {
            target.append(batch);
            copied += batch.size();
            progress.accept(copied);
        }
        return copied;
    }

    public MigrationReport verify(MigrationSource source, MigrationTarget target, long copied) {
        StreamChecksum sourceOrder = new StreamChecksum();
        try (Stream<StoredEvent> events = source.inGlobalOrder()) {
            events.forEach(sourceOrder::addId);
        }
        StreamChecksum targetOrder = new StreamChecksum();
        try (Stream<StoredEvent> events = target.inGlobalOrder()) {
            events.forEach(targetOrder::addId);
        }

        List<String> mismatches = new ArrayList<>();
        long[] streams = {0};
        long[] matching = {0};
        List<StoredEvent> current = new ArrayList<>();
        try (Stream<StoredEvent> events = source.inAggregateOrder()) {
            events.forEach(event -> {
                if (!current.isEmpty() && !current.get(0).aggregateIdentifier().equals(event.aggregateIdentifier())) {
                    compareStream(current, target, streams, matching, mismatches);
                    current.clear();
                }
                current.add(event);
            });
        }
        if (!current.isEmpty()) {
            compareStream(current, target, streams, matching, mismatches);
        }
        return new MigrationReport(
                source.describe(),
                target.describe(),
                copied,
                sourceOrder.count(),
                targetOrder.count(),
                streams[0],
                matching[0],
                List.copyOf(mismatches),
                sourceOrder.hex(),
                targetOrder.hex());
    }

    private static void compareStream(
            List<StoredEvent> sourceStream,
            MigrationTarget target,
            long[] streams,
            long[] matching,
            List<String> mismatches) {
        streams[0]++;
        String aggregate = sourceStream.get(0).aggregateIdentifier();
        StreamChecksum expected = new StreamChecksum();
        sourceStream.forEach(expected::add);
        StreamChecksum actual = new StreamChecksum();
        try (Stream<StoredEvent> copied = target.readAggregate(aggregate)) {
            copied.forEach(actual::add);
        }
        if (expected.count() == actual.count() && Objects.equals(expected.hex(), actual.hex())) {
            matching[0]++;
        } else if (mismatches.size() < MigrationReport.MAX_LISTED_MISMATCHES) {
            mismatches.add("aggregate " + aggregate + ": " + expected.count() + " events, sha256 "
                    + expected.hex().substring(0, 16) + "… in source; " + actual.count() + " events, sha256 "
                    + actual.hex().substring(0, 16) + "… in target");
        }
    }
}
