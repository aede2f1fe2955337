package org.onetrip.integrity.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.onetrip.integrity.chain.EventHashes;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.stereotype.Component;

/**
 * One aggregate's events exactly as they are hashed (the envelope of docs/integrity.md) plus the stored hash, so
 * an outside tool can recompute the chain without this application; except that no export holds a credential. A
 * receipt, tracking or booking code in a payload is masked and named in the entry's {@code withheld}: that event's
 * hash cannot be recomputed from the file (its links still can), and the application's own verifier, which reads
 * the stored bytes, checks it.
 */
@Component
public class ChainExport {

    /** The payload fields that are their holder's key to a case, an agency request or a booking. */
    static final List<String> CREDENTIALS = List.of("receiptCode", "trackingCode", "bookingCode");

    static final String MASK = "•••";

    public record Export(String aggregateId, String genesis, List<Entry> events) {}

    /** {@code withheld}: the envelope's fields masked in this file (JSON pointers), empty when it is complete. */
    public record Entry(JsonNode envelope, String hash, List<String> withheld) {}

    private final EventStorageEngine engine;
    private final EventHashes hashes;

    public ChainExport(EventStorageEngine engine, @Qualifier("eventSerializer") Serializer eventSerializer) {
        this.engine = engine;
        this.hashes = new EventHashes(eventSerializer);
    }

    public Optional<Export> of(String aggregateId) {
        var entries = new ArrayList<Entry>();
        try (var events = engine.readEvents(aggregateId, 0).asStream()) {
            events.forEach(event -> {
                var envelope = hashes.envelope(event);
                entries.add(new Entry(envelope, EventHashes.storedHash(event), withholdCredentials(envelope)));
            });
        }
        return entries.isEmpty()
                ? Optional.empty()
                : Optional.of(new Export(aggregateId, EventHashes.GENESIS, entries));
    }

    private static List<String> withholdCredentials(ObjectNode envelope) {
        if (!(envelope.get("payload") instanceof ObjectNode payload)) {
            return List.of();
        }
        var withheld = new ArrayList<String>();
        for (var field : CREDENTIALS) {
            var value = payload.get(field);
            if (value != null && value.isTextual()) {
                var text = value.asText();
                payload.put(field, text.substring(0, Math.min(4, text.length())) + MASK);
                withheld.add("/payload/" + field);
            }
        }
        return List.copyOf(withheld);
    }
}
