package org.onetrip.integrity.query;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Optional;
import java.util.function.Consumer;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.onetrip.integrity.api.AggregateIntegrity;
import org.onetrip.integrity.api.CheckpointCheck;
import org.onetrip.integrity.api.IntegrityCheckpointPublishedEvent;
import org.onetrip.integrity.api.IntegrityCheckpoints;
import org.onetrip.integrity.api.IntegrityReport;
import org.onetrip.integrity.api.PublishedCheckpoint;
import org.onetrip.integrity.chain.EventHashes;
import org.onetrip.integrity.chain.MerkleRoot;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * Re-reads every event from the event store (never from a projection) and checks each aggregate's
 * chain and every published checkpoint root.
 */
@Component
public class IntegrityVerifier {

    private final EventStorageEngine engine;
    private final EventHashes hashes;
    private final Clock clock;

    public IntegrityVerifier(
            EventStorageEngine engine, @Qualifier("eventSerializer") Serializer eventSerializer, Clock clock) {
        this.engine = engine;
        this.hashes = new EventHashes(eventSerializer);
        this.clock = clock;
    }

    public Optional<AggregateIntegrity> verifyAggregate(String aggregateId) {
        var check = new ChainCheck(aggregateId);
        boolean any;
        try (var events = engine.readEvents(aggregateId, 0).asStream()) {
            any = events.peek(event -> check.accept(event, hashes)).count() > 0;
        }
        return any ? Optional.of(check.result()) : Optional.empty();
    }

    public IntegrityReport verifyAll() {
        var checkedAt = clock.instant();
        var problems = new ArrayList<String>();
        List<IntegrityCheckpointPublishedEvent> checkpoints;
        try {
            checkpoints = publishedCheckpoints();
        } catch (RuntimeException e) {
            checkpoints = List.of();
            problems.add("the checkpoint ledger cannot be read: " + e);
        }
        var roots = new ArrayList<MerkleRoot>();
        checkpoints.forEach(c -> roots.add(new MerkleRoot()));
        var chains = new HashMap<String, ChainCheck>();
        var windows = checkpoints;
        long[] count = {0};
        eachEvent(
                event -> {
                    count[0]++;
                    if (event instanceof DomainEventMessage<?> domain && domain.getType() != null) {
                        var leaf = chains.computeIfAbsent(domain.getAggregateIdentifier(), ChainCheck::new)
                                .accept(domain, hashes);
                        int window = windowOf(windows, domain.getTimestamp());
                        if (window >= 0) {
                            roots.get(window).add(leaf);
                        }
                    }
                },
                problems);
        var damaged = new ArrayList<AggregateIntegrity>();
        long intact = 0;
        long legacy = 0;
        for (var chain : chains.values()) {
            var result = chain.result();
            if (result.damaged()) {
                damaged.add(result);
            } else if (result.status() == AggregateIntegrity.Status.INTACT) {
                intact++;
            } else {
                legacy++;
            }
        }
        damaged.sort(java.util.Comparator.comparing(AggregateIntegrity::aggregateId));
        var checks = new ArrayList<CheckpointCheck>();
        for (int i = 0; i < checkpoints.size(); i++) {
            var published = checkpoints.get(i);
            var root = roots.get(i);
            checks.add(new CheckpointCheck(
                    published.number(),
                    published.periodStart(),
                    published.periodEnd(),
                    published.eventCount(),
                    root.count(),
                    published.merkleRoot(),
                    root.rootHex(),
                    published.merkleRoot().equals(root.rootHex()) && published.eventCount() == root.count()));
        }
        boolean allGood =
                damaged.isEmpty() && problems.isEmpty() && checks.stream().allMatch(CheckpointCheck::matches);
        return new IntegrityReport(
                checkedAt, allGood, count[0], chains.size(), intact, legacy, damaged, checks, problems);
    }

    /** The root and count of every domain event stamped in [from, to), in the store's global order. */
    public MerkleRoot rootOf(Instant from, Instant to) {
        var root = new MerkleRoot();
        eachEvent(
                event -> {
                    if (event instanceof DomainEventMessage<?> domain
                            && domain.getType() != null
                            && !domain.getTimestamp().isBefore(from)
                            && domain.getTimestamp().isBefore(to)) {
                        root.add(hashes.hash(domain));
                    }
                },
                new ArrayList<>());
        return root;
    }

    public List<IntegrityCheckpointPublishedEvent> publishedCheckpoints() {
        try (var events = engine.readEvents(IntegrityCheckpoints.LEDGER_ID, 0).asStream()) {
            return events.map(DomainEventMessage::getPayload)
                    .filter(IntegrityCheckpointPublishedEvent.class::isInstance)
                    .map(IntegrityCheckpointPublishedEvent.class::cast)
                    .toList();
        }
    }

    public List<PublishedCheckpoint> checkpointLedger() {
        try (var events = engine.readEvents(IntegrityCheckpoints.LEDGER_ID, 0).asStream()) {
            return events.filter(m -> m.getPayload() instanceof IntegrityCheckpointPublishedEvent)
                    .map(m -> {
                        var c = (IntegrityCheckpointPublishedEvent) m.getPayload();
                        return new PublishedCheckpoint(
                                c.number(),
                                c.periodStart(),
                                c.periodEnd(),
                                c.eventCount(),
                                c.merkleRoot(),
                                c.previousRoot(),
                                m.getTimestamp(),
                                EventHashes.storedHash(m));
                    })
                    .toList();
        }
    }

    private void eachEvent(Consumer<TrackedEventMessage<?>> action, List<String> problems) {
        try (var events = engine.readEvents((TrackingToken) null, false)) {
            events.forEach(action);
        } catch (RuntimeException e) {
            problems.add("reading the event store failed: " + e);
        }
    }

    private static int windowOf(List<IntegrityCheckpointPublishedEvent> checkpoints, Instant timestamp) {
        int low = 0;
        int high = checkpoints.size() - 1;
        while (low <= high) {
            int mid = (low + high) >>> 1;
            var c = checkpoints.get(mid);
            if (timestamp.isBefore(c.periodStart())) {
                high = mid - 1;
            } else if (!timestamp.isBefore(c.periodEnd())) {
                low = mid + 1;
            } else {
                return mid;
            }
        }
        return -1;
    }
}
