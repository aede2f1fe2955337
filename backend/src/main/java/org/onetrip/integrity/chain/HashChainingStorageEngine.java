package org.onetrip.integrity.chain;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.TrackedEventMessage;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.eventsourcing.eventstore.DomainEventStream;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.axonframework.messaging.unitofwork.UnitOfWork;
import org.axonframework.serialization.Serializer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Wraps whichever engine stores the events (JPA or KurrentDB) and stamps every domain event with
 * {@code prevHash} and {@code hash} metadata before it is written. The domain never sees this.
 * <p>
 * Two racing appends on one aggregate compute the same sequence number; the store's uniqueness rule
 * (JPA) or expected revision (KurrentDB) rejects one of them, so a chain cannot fork. The cache of
 * chain heads is therefore only updated after commit: a rejected append must not leave its hash behind.
 */
public class HashChainingStorageEngine implements EventStorageEngine {

    private static final Logger log = LoggerFactory.getLogger(HashChainingStorageEngine.class);
    private static final String PENDING = HashChainingStorageEngine.class.getName() + ".pending";
    private static final int CACHED_HEADS = 10_000;

    private final EventStorageEngine delegate;
    private final Supplier<Serializer> serializer;
    private volatile EventHashes hashes;
    private final Map<String, Link> heads =
            java.util.Collections.synchronizedMap(new LinkedHashMap<>(1024, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, Link> eldest) {
                    return size() > CACHED_HEADS;
                }
            });

    record Link(long sequenceNumber, String hash) {}

    public HashChainingStorageEngine(EventStorageEngine delegate, Supplier<Serializer> serializer) {
        this.delegate = delegate;
        this.serializer = serializer;
    }

    public EventStorageEngine delegate() {
        return delegate;
    }

    public EventHashes hashes() {
        var current = hashes;
        if (current == null) {
            current = new EventHashes(serializer.get());
            hashes = current;
        }
        return current;
    }

    @Override
    public void appendEvents(List<? extends EventMessage<?>> events) {
        var batch = new HashMap<String, Link>();
        var pending = pendingLinks();
        var chained = new ArrayList<EventMessage<?>>(events.size());
        for (EventMessage<?> event : events) {
            if (event instanceof DomainEventMessage<?> domain && domain.getType() != null) {
                var prev = previousHash(domain, batch, pending);
                var withPrev = strip(domain).andMetaData(Map.of(EventHashes.PREV_HASH, prev));
                var hashes = hashes();
                var payload = hashes.serializedPayload(withPrev);
                var hash = hashes.hash(withPrev, payload);
                var stamped = withPrev.andMetaData(Map.of(EventHashes.HASH, hash));
                chained.add(
                        payload == null ? stamped : new SerializedOnceEvent<>(stamped, hashes.serializer(), payload));
                batch.put(domain.getAggregateIdentifier(), new Link(domain.getSequenceNumber(), hash));
            } else {
                chained.add(event);
            }
        }
        delegate.appendEvents(chained);
        if (pending != null) {
            pending.putAll(batch);
        } else {
            heads.putAll(batch);
        }
    }

    private static DomainEventMessage<?> strip(DomainEventMessage<?> event) {
        if (!event.getMetaData().containsKey(EventHashes.HASH)
                && !event.getMetaData().containsKey(EventHashes.PREV_HASH)) {
            return event;
        }
        return event.withMetaData(
                event.getMetaData().withoutKeys(java.util.Set.of(EventHashes.HASH, EventHashes.PREV_HASH)));
    }

    private Map<String, Link> pendingLinks() {
        if (!CurrentUnitOfWork.isStarted()) {
            return null;
        }
        UnitOfWork<?> unitOfWork = CurrentUnitOfWork.get().root();
        return unitOfWork.getOrComputeResource(PENDING, key -> {
            var links = new HashMap<String, Link>();
            unitOfWork.afterCommit(u -> heads.putAll(links));
            return links;
        });
    }

    private String previousHash(DomainEventMessage<?> event, Map<String, Link> batch, Map<String, Link> pending) {
        long wanted = event.getSequenceNumber() - 1;
        if (wanted < 0) {
            return EventHashes.GENESIS;
        }
        var id = event.getAggregateIdentifier();
        for (var source : pending == null ? List.of(batch) : List.of(batch, pending)) {
            var link = source.get(id);
            if (link != null && link.sequenceNumber() == wanted) {
                return link.hash();
            }
        }
        var cached = heads.get(id);
        if (cached != null && cached.sequenceNumber() == wanted) {
            return cached.hash();
        }
        try (Stream<? extends DomainEventMessage<?>> stored =
                delegate.readEvents(id, wanted).asStream()) {
            var previous = stored.filter(e -> e.getSequenceNumber() == wanted).findFirst();
            if (previous.isEmpty()) {
                log.warn("aggregate {} has no event {} to chain event {} to", id, wanted, wanted + 1);
                return EventHashes.GENESIS;
            }
            var stamped = EventHashes.storedHash(previous.get());
            // An event stored before chaining existed is anchored by the hash of what is stored now.
            return stamped != null ? stamped : hashes().hash(previous.get());
        }
    }

    @Override
    public void storeSnapshot(DomainEventMessage<?> snapshot) {
        delegate.storeSnapshot(snapshot);
    }

    @Override
    public Stream<? extends TrackedEventMessage<?>> readEvents(TrackingToken trackingToken, boolean mayBlock) {
        return delegate.readEvents(trackingToken, mayBlock);
    }

    @Override
    public DomainEventStream readEvents(String aggregateIdentifier, long firstSequenceNumber) {
        return delegate.readEvents(aggregateIdentifier, firstSequenceNumber);
    }

    @Override
    public Optional<DomainEventMessage<?>> readSnapshot(String aggregateIdentifier) {
        return delegate.readSnapshot(aggregateIdentifier);
    }

    @Override
    public Optional<Long> lastSequenceNumberFor(String aggregateIdentifier) {
        return delegate.lastSequenceNumberFor(aggregateIdentifier);
    }

    @Override
    public TrackingToken createTailToken() {
        return delegate.createTailToken();
    }

    @Override
    public TrackingToken createHeadToken() {
        return delegate.createHeadToken();
    }

    @Override
    public TrackingToken createTokenAt(Instant dateTime) {
        return delegate.createTokenAt(dateTime);
    }
}
