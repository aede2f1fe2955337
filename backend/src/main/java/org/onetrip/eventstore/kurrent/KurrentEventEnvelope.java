package org.onetrip.eventstore.kurrent;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.util.Arrays;
import java.util.Base64;

/**
 * What KurrentDB keeps besides the payload, as the event's (readable, JSON) user metadata:
 *
 * <pre>{@code
 * {"aggregateType":"Case","aggregateIdentifier":"…","sequenceNumber":3,
 *  "timestamp":"2025-11-04T02:00:00.123Z","payloadType":"org.onetrip…CaseFiledEvent","payloadRevision":null,
 *  "eventIdentifier":"event-1",            // only when the Axon id is not a canonical UUID
 *  "snapshot":true,                         // only on snapshots
 *  "metaData":{…Axon metadata, as the serializer wrote it…}}
 * }</pre>
 *
 * <p>The event data is the serialized payload itself, the event type its class name. The Axon metadata
 * is embedded byte for byte (not re-encoded) when it is JSON, so a copy can be verified by checksum;
 * metadata from a non-JSON serializer is kept as {@code "metaDataBase64"}.
 */
public record KurrentEventEnvelope(
        String aggregateType,
        String aggregateIdentifier,
        long sequenceNumber,
        Instant timestamp,
        String payloadType,
        String payloadRevision,
        String eventIdentifier,
        boolean snapshot,
        byte[] metaData) {

    private static final JsonFactory JSON = new JsonFactory();

    public byte[] encode() {
        ByteArrayOutputStream out = new ByteArrayOutputStream(256 + (metaData == null ? 0 : metaData.length));
        try (JsonGenerator json = JSON.createGenerator(out, JsonEncoding.UTF8)) {
            json.writeStartObject();
            json.writeStringField("aggregateType", aggregateType);
            json.writeStringField("aggregateIdentifier", aggregateIdentifier);
            json.writeNumberField("sequenceNumber", sequenceNumber);
            json.writeStringField("timestamp", timestamp.toString());
            json.writeStringField("payloadType", payloadType);
            json.writeStringField("payloadRevision", payloadRevision);
            if (eventIdentifier != null) {
                json.writeStringField("eventIdentifier", eventIdentifier);
            }
            if (snapshot) {
                json.writeBooleanField("snapshot", true);
            }
            if (metaData != null) {
                if (isJsonObject(metaData)) {
                    json.writeFieldName("metaData");
                    json.writeRawValue(new String(metaData, java.nio.charset.StandardCharsets.UTF_8));
                } else {
                    json.writeStringField("metaDataBase64", Base64.getEncoder().encodeToString(metaData));
                }
            }
            json.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write an event envelope", e);
        }
        return out.toByteArray();
    }

    /** Reads an envelope; the metadata comes back as the exact bytes that were embedded. */
    public static KurrentEventEnvelope decode(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            throw new IllegalArgumentException("The event has no Axon envelope in its metadata");
        }
        String aggregateType = null;
        String aggregateIdentifier = null;
        Long sequenceNumber = null;
        Instant timestamp = null;
        String payloadType = null;
        String payloadRevision = null;
        String eventIdentifier = null;
        boolean snapshot = false;
        byte[] metaData = null;
        try (JsonParser json = JSON.createParser(bytes)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                throw new IllegalArgumentException("The event's metadata is not an Axon envelope (no JSON object)");
            }
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String field = json.currentName();
                JsonToken value = json.nextToken();
                switch (field) {
                    case "aggregateType" -> aggregateType = text(json, value);
                    case "aggregateIdentifier" -> aggregateIdentifier = text(json, value);
                    case "sequenceNumber" -> sequenceNumber = json.getLongValue();
                    case "timestamp" -> timestamp = Instant.parse(json.getText());
                    case "payloadType" -> payloadType = text(json, value);
                    case "payloadRevision" -> payloadRevision = text(json, value);
                    case "eventIdentifier" -> eventIdentifier = text(json, value);
                    case "snapshot" -> snapshot = json.getBooleanValue();
                    case "metaDataBase64" -> metaData = Base64.getDecoder().decode(json.getText());
                    case "metaData" -> {
                        int start = (int) json.currentTokenLocation().getByteOffset();
                        json.skipChildren();
                        int end = (int) json.currentLocation().getByteOffset();
                        metaData = Arrays.copyOfRange(bytes, start, end);
                    }
                    default -> json.skipChildren();
                }
            }
        } catch (IOException e) {
            throw new IllegalArgumentException("The event's metadata is not a readable Axon envelope", e);
        }
        if (aggregateIdentifier == null || sequenceNumber == null || timestamp == null || payloadType == null) {
            throw new IllegalArgumentException("The event's Axon envelope lacks aggregateIdentifier, sequenceNumber, "
                    + "timestamp or payloadType");
        }
        return new KurrentEventEnvelope(
                aggregateType,
                aggregateIdentifier,
                sequenceNumber,
                timestamp,
                payloadType,
                payloadRevision,
                eventIdentifier,
                snapshot,
                metaData);
    }

    /** Whether the bytes hold exactly one JSON object (so they can be embedded as they are). */
    static boolean isJsonObject(byte[] bytes) {
        try (JsonParser json = JSON.createParser(bytes)) {
            if (json.nextToken() != JsonToken.START_OBJECT) {
                return false;
            }
            json.skipChildren();
            return json.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    /** Whether the bytes hold exactly one JSON value (stored with content type application/json). */
    public static boolean isJsonValue(byte[] bytes) {
        if (bytes == null || bytes.length == 0) {
            return false;
        }
        try (JsonParser json = JSON.createParser(bytes)) {
            if (json.nextToken() == null) {
                return false;
            }
            json.skipChildren();
            return json.nextToken() == null;
        } catch (IOException e) {
            return false;
        }
    }

    private static String text(JsonParser json, JsonToken value) throws IOException {
        return value == JsonToken.VALUE_NULL ? null : json.getText();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KurrentEventEnvelope that
                && sequenceNumber == that.sequenceNumber
                && snapshot == that.snapshot
                && java.util.Objects.equals(aggregateType, that.aggregateType)
                && java.util.Objects.equals(aggregateIdentifier, that.aggregateIdentifier)
                && java.util.Objects.equals(timestamp, that.timestamp)
                && java.util.Objects.equals(payloadType, that.payloadType)
                && java.util.Objects.equals(payloadRevision, that.payloadRevision)
                && java.util.Objects.equals(eventIdentifier, that.eventIdentifier)
                && Arrays.equals(metaData, that.metaData);
    }

    @Override
    public int hashCode() {
        return java.util.Objects.hash(aggregateIdentifier, sequenceNumber, timestamp, payloadType) * 31
                + Arrays.hashCode(metaData);
    }
}
