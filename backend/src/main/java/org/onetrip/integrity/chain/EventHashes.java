package org.onetrip.integrity.chain;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.node.TextNode;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.Base64;
import java.util.HexFormat;
import java.util.TreeMap;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * Computes the canonical envelope of a domain event and its SHA-256 (docs/integrity.md). The payload
 * is taken as the serializer writes it (the stored bytes when the message came from the store), so a
 * field the domain class would silently ignore still counts.
 */
public final class EventHashes {

    public static final String HASH = "hash";
    public static final String PREV_HASH = "prevHash";
    public static final String GENESIS = "0".repeat(64);

    private static final DateTimeFormatter MILLIS =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
    private static final ObjectMapper JSON = new ObjectMapper();

    private final Serializer serializer;

    public EventHashes(Serializer serializer) {
        this.serializer = serializer;
    }

    /** The envelope that is hashed: everything stored about the event except its own hash. */
    public ObjectNode envelope(DomainEventMessage<?> event) {
        return envelope(event, serializedPayload(event));
    }

    /**
     * The envelope over a payload the caller already serialized with this serializer, so an append
     * serializes once and stores the very bytes it hashed.
     */
    public ObjectNode envelope(DomainEventMessage<?> event, SerializedObject<byte[]> payload) {
        var node = JsonNodeFactory.instance.objectNode();
        node.put("aggregateType", event.getType());
        node.put("aggregateId", event.getAggregateIdentifier());
        node.put("sequenceNumber", event.getSequenceNumber());
        node.put("eventId", event.getIdentifier());
        node.put("timestamp", timestamp(event.getTimestamp()));
        if (payload == null) {
            node.put("payloadType", "unreadable");
        } else {
            node.put("payloadType", payload.getType().getName());
            node.put("payloadRevision", payload.getType().getRevision());
            node.set("payload", tree(payload.getData()));
        }
        var metaData = new TreeMap<String, Object>(event.getMetaData());
        metaData.remove(HASH);
        node.set("metaData", JSON.valueToTree(metaData));
        return node;
    }

    /** The payload as the store holds it, or null when it cannot be serialized (a damaged stored event). */
    public SerializedObject<byte[]> serializedPayload(DomainEventMessage<?> event) {
        try {
            return event.serializePayload(serializer, byte[].class);
        } catch (RuntimeException unreadable) {
            return null;
        }
    }

    public Serializer serializer() {
        return serializer;
    }

    public String hash(DomainEventMessage<?> event) {
        return hash(event, serializedPayload(event));
    }

    public String hash(DomainEventMessage<?> event, SerializedObject<byte[]> payload) {
        return sha256Hex(CanonicalJson.bytes(envelope(event, payload)));
    }

    public JsonNode payload(DomainEventMessage<?> event) {
        return envelope(event).get("payload");
    }

    public static String storedHash(DomainEventMessage<?> event) {
        var value = event.getMetaData().get(HASH);
        return value == null ? null : value.toString();
    }

    public static String storedPrevHash(DomainEventMessage<?> event) {
        var value = event.getMetaData().get(PREV_HASH);
        return value == null ? null : value.toString();
    }

    /** {@code yyyy-MM-ddTHH:mm:ss.SSSZ} in UTC; written by hand because the formatter showed in the append profile. */
    public static String timestamp(Instant instant) {
        var utc = java.time.LocalDateTime.ofEpochSecond(instant.getEpochSecond(), 0, ZoneOffset.UTC);
        if (utc.getYear() < 0 || utc.getYear() > 9999) {
            return MILLIS.format(instant.truncatedTo(ChronoUnit.MILLIS));
        }
        var out = new StringBuilder(24);
        pad(out, utc.getYear(), 4).append('-');
        pad(out, utc.getMonthValue(), 2).append('-');
        pad(out, utc.getDayOfMonth(), 2).append('T');
        pad(out, utc.getHour(), 2).append(':');
        pad(out, utc.getMinute(), 2).append(':');
        pad(out, utc.getSecond(), 2).append('.');
        return pad(out, instant.getNano() / 1_000_000, 3).append('Z').toString();
    }

    private static StringBuilder pad(StringBuilder out, int value, int digits) {
        var text = Integer.toString(value);
        for (int i = text.length(); i < digits; i++) {
            out.append('0');
        }
        return out.append(text);
    }

    public static String sha256Hex(byte[] data) {
        return HexFormat.of().formatHex(sha256(data));
    }

    public static byte[] sha256(byte[] data) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(data);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java 17 runtime has SHA-256", e);
        }
    }

    private static JsonNode tree(byte[] data) {
        try {
            return JSON.readTree(data);
        } catch (java.io.IOException | RuntimeException e) {
            // A damaged payload still gets an exact, comparable rendering instead of stopping the check.
            return TextNode.valueOf("unparseable:" + Base64.getEncoder().encodeToString(data));
        }
    }
}
