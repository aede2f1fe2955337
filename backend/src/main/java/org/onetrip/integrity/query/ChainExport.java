package org.onetrip.integrity.query;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.onetrip.integrity.chain.EventHashes;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * One aggregate's events exactly as they are hashed (the envelope of docs/integrity.md) plus the
 * stored hash, so an outside tool can recompute the chain without this application.
 */
@Component
public class ChainExport {

    public record Export(String aggregateId, String genesis, List<Entry> events) {}

    public record Entry(JsonNode envelope, String hash) {}

    private final EventStorageEngine engine;
    private final EventHashes hashes;

    public ChainExport(EventStorageEngine engine, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.engine = engine;
        this.hashes = new EventHashes(eventSerializer);
    }

    public Optional<Export> of(String aggregateId) {
        var entries = new ArrayList<Entry>();
        try (var events = engine.readEvents(aggregateId, 0).asStream()) {
            events.forEach(event -> entries.add(new Entry(hashes.envelope(event), EventHashes.storedHash(event))));
        }
        return entries.isEmpty()
                ? Optional.empty()
                : Optional.of(new Export(aggregateId, EventHashes.GENESIS, entries));
    }
}
