package org.onetrip.shared.persistence;

import org.axonframework.common.IdentifierFactory;

/**
 * Axon's identifiers of messages, the stored events' among them, made by {@link TimeOrderedIds}; Axon finds it with
 * Java's service loader ({@code META-INF/services}), before any message is made.
 */
public final class TimeOrderedIdentifierFactory extends IdentifierFactory {

    @Override
    public String generateIdentifier() {
        return TimeOrderedIds.next();
    }
}
