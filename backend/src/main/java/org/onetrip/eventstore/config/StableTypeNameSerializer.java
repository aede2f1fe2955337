package org.onetrip.eventstore.config;

import java.util.Map;
import org.axonframework.serialization.Converter;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.SerializedType;
import org.axonframework.serialization.Serializer;
import org.axonframework.serialization.SimpleSerializedObject;
import org.axonframework.serialization.SimpleSerializedType;

/**
 * Writes a moved event class under the name its events were first stored with, and reads that name back
 * as the class's new home (see {@link org.onetrip.shared.api.StoredTypeName}). Everything else passes
 * through unchanged, so the stored type of every other event is its class name as before.
 */
public class StableTypeNameSerializer implements Serializer {

    private final Serializer delegate;
    private final Map<String, Class<?>> byStoredName;
    private final Map<Class<?>, String> storedNameOf;

    public StableTypeNameSerializer(Serializer delegate, Map<String, Class<?>> byStoredName) {
        this.delegate = delegate;
        this.byStoredName = Map.copyOf(byStoredName);
        var reverse = new java.util.HashMap<Class<?>, String>();
        byStoredName.forEach((name, type) -> reverse.put(type, name));
        this.storedNameOf = Map.copyOf(reverse);
    }

    public Serializer delegate() {
        return delegate;
    }

    @Override
    public <T> SerializedObject<T> serialize(Object object, Class<T> expectedRepresentation) {
        var serialized = delegate.serialize(object, expectedRepresentation);
        if (object == null || !storedNameOf.containsKey(object.getClass())) {
            return serialized;
        }
        return new SimpleSerializedObject<>(
                serialized.getData(), serialized.getContentType(), typeForClass(object.getClass()));
    }

    @Override
    public <T> boolean canSerializeTo(Class<T> expectedRepresentation) {
        return delegate.canSerializeTo(expectedRepresentation);
    }

    @Override
    public <S, T> T deserialize(SerializedObject<S> serializedObject) {
        var current = current(serializedObject.getType());
        if (current == serializedObject.getType()) {
            return delegate.deserialize(serializedObject);
        }
        return delegate.deserialize(
                new SimpleSerializedObject<>(serializedObject.getData(), serializedObject.getContentType(), current));
    }

    @Override
    public Class classForType(SerializedType type) {
        return delegate.classForType(current(type));
    }

    @Override
    public SerializedType typeForClass(Class type) {
        var stored = type == null ? null : storedNameOf.get(type);
        if (stored == null) {
            return delegate.typeForClass(type);
        }
        return new SimpleSerializedType(stored, delegate.typeForClass(type).getRevision());
    }

    @Override
    public Converter getConverter() {
        return delegate.getConverter();
    }

    private SerializedType current(SerializedType type) {
        var moved = type == null ? null : byStoredName.get(type.getName());
        return moved == null ? type : new SimpleSerializedType(moved.getName(), type.getRevision());
    }
}
