package org.onetrip.shared.command;

import java.util.UUID;

/** Source of event ids; a bean so tests can make them predictable. */
@FunctionalInterface
public interface EventIds {
    String next();

    static EventIds random() {
        return () -> UUID.randomUUID().toString();
    }
}
