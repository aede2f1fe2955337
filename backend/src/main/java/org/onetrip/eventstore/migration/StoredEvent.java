package org.onetrip.eventstore.migration;

import java.time.Instant;
import java.util.Arrays;
import java.util.Objects;
import org.axonframework.eventhandling.DomainEventData;
import org.axonframework.eventhandling.GenericDomainEventEntry;

/** One stored event exactly as an event store holds it: serialized payload and metadata, untouched. */
public record StoredEvent(
        String eventIdentifier,
        String aggregateType,
        String aggregateIdentifier,
        long sequenceNumber,
        Instant timestamp,
        String payloadType,
        String payloadRevision,
        byte[] payload,
        byte[] metaData) {

    public static StoredEvent of(DomainEventData<?> data) {
        return new StoredEvent(
                data.getEventIdentifier(),
                data.getType(),
                data.getAggregateIdentifier(),
                data.getSequenceNumber(),
                data.getTimestamp(),
                data.getPayload().getType().getName(),
                data.getPayload().getType().getRevision(),
                bytes(data.getPayload().getData()),
                bytes(data.getMetaData().getData()));
    }

    public DomainEventData<byte[]> toEntry() {
        return new GenericDomainEventEntry<>(
                aggregateType,
                aggregateIdentifier,
                sequenceNumber,
                eventIdentifier,
                timestamp,
                payloadType,
                payloadRevision,
                payload,
                metaData);
    }

    private static byte[] bytes(Object data) {
        if (data instanceof byte[] bytes) {
            return bytes;
        }
        if (data instanceof String text) {
            return text.getBytes(java.nio.charset.StandardCharsets.UTF_8);
        }
        throw new IllegalArgumentException("Stored data must be byte[] or String, not "
                + (data == null ? "null" : data.getClass().getName()));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StoredEvent that
                && sequenceNumber == that.sequenceNumber
                && Objects.equals(eventIdentifier, that.eventIdentifier)
                && Objects.equals(aggregateType, that.aggregateType)
                && Objects.equals(aggregateIdentifier, that.aggregateIdentifier)
                && Objects.equals(timestamp, that.timestamp)
                && Objects.equals(payloadType, that.payloadType)
                && Objects.equals(payloadRevision, that.payloadRevision)
                && Arrays.equals(payload, that.payload)
                && Arrays.equals(metaData, that.metaData);
    }

    @Override
    public int hashCode() {
        return Objects.hash(eventIdentifier, aggregateIdentifier, sequenceNumber);
    }

    @Override
    public String toString() {
        return "StoredEvent{" + aggregateIdentifier + "#" + sequenceNumber + " " + eventIdentifier + " " + payloadType
                + "}";
    }
}
