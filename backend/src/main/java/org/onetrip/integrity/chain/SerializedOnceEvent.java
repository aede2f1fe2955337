package org.onetrip.integrity.chain;

import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.Serializer;

/**
 * A domain event that hands the store the payload bytes that were hashed. Axon keeps no serialized
 * form across {@code andMetaData}, so without this the payload is serialized once for the hash and
 * again for the store (the profile of IntegrityOverheadBenchmark showed both).
 */
final class SerializedOnceEvent<T> extends GenericDomainEventMessage<T> {

    private final transient Serializer serializer;
    private final transient SerializedObject<byte[]> payload;

    SerializedOnceEvent(DomainEventMessage<T> event, Serializer serializer, SerializedObject<byte[]> payload) {
        super(event.getType(), event.getAggregateIdentifier(), event.getSequenceNumber(), event, event::getTimestamp);
        this.serializer = serializer;
        this.payload = payload;
    }

    @Override
    @SuppressWarnings("unchecked")
    public <S> SerializedObject<S> serializePayload(Serializer requested, Class<S> expectedRepresentation) {
        if (requested == serializer && expectedRepresentation == byte[].class) {
            return (SerializedObject<S>) payload;
        }
        return super.serializePayload(requested, expectedRepresentation);
    }
}
