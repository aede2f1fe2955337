package org.onetrip.shared.config;

import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.onetrip.shared.api.StoredTypeName;

/** A feature's event classes stored under another name ({@link StoredTypeName}); the event store maps both ways. */
public record StoredTypeNames(List<Class<?>> types) {

    public StoredTypeNames {
        types = List.copyOf(types);
        for (var type : types) {
            if (type.getAnnotation(StoredTypeName.class) == null) {
                throw new IllegalArgumentException(type.getName() + " has no @StoredTypeName");
            }
        }
    }

    public static StoredTypeNames of(Class<?>... types) {
        return new StoredTypeNames(List.of(types));
    }

    /** Stored name to class. */
    public Map<String, Class<?>> byStoredName() {
        return types.stream().collect(Collectors.toMap(StoredTypeNames::storedName, Function.identity()));
    }

    public static String storedName(Class<?> type) {
        var annotation = type.getAnnotation(StoredTypeName.class);
        return annotation == null ? type.getName() : annotation.value();
    }
}
