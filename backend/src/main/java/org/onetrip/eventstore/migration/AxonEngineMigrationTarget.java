package org.onetrip.eventstore.migration;

import java.util.List;
import java.util.stream.Stream;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.SerializedMessage;
import org.axonframework.serialization.SerializedMetaData;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;

/**
 * Any Axon {@link EventStorageEngine} as a copy target, through its public API: events go in as
 * already-serialized messages (so a serializer-aware engine stores the same bytes) and come out
 * serialized again with the same serializer.
 */
public class AxonEngineMigrationTarget implements MigrationTarget {

    private final EventStorageEngine engine;
    private final Serializer serializer;
    private final String description;

    public AxonEngineMigrationTarget(EventStorageEngine engine, Serializer serializer, String description) {
        this.engine = engine;
        this.serializer = serializer;
        this.description = description;
    }

    @Override
    public void append(List<StoredEvent> eventsOfOneAggregate) {
        engine.appendEvents(eventsOfOneAggregate.stream().map(this::toMessage).toList());
    }

    @Override
    public Stream<StoredEvent> readAggregate(String aggregateIdentifier) {
        return engine.readEvents(aggregateIdentifier, 0).asStream().map(this::toStored);
    }

    @Override
    public Stream<StoredEvent> inGlobalOrder() {
        return engine.readEvents(null, false).map(this::toStored);
    }

    @Override
    public String describe() {
        return description;
    }

    private DomainEventMessage<?> toMessage(StoredEvent event) {
        SerializedObject<byte[]> payload = new SimpleSerializedObject<>(
                event.payload(), byte[].class, event.payloadType(), event.payloadRevision());
        SerializedMessage<?> message = new SerializedMessage<>(
                event.eventIdentifier(), payload, new SerializedMetaData<>(event.metaData(), byte[].class), serializer);
        return new GenericDomainEventMessage<>(
                event.aggregateType(), event.aggregateIdentifier(), event.sequenceNumber(), message, event::timestamp);
    }

    private StoredEvent toStored(EventMessage<?> message) {
        DomainEventMessage<?> event = (DomainEventMessage<?>) message;
        SerializedObject<byte[]> payload = event.serializePayload(serializer, byte[].class);
        SerializedObject<byte[]> metaData = event.serializeMetaData(serializer, byte[].class);
        return new StoredEvent(
                event.getIdentifier(),
                event.getType(),
                event.getAggregateIdentifier(),
                event.getSequenceNumber(),
                event.getTimestamp(),
                payload.getType().getName(),
                payload.getType().getRevision(),
                payload.getData(),
                metaData.getData());
    }
}
