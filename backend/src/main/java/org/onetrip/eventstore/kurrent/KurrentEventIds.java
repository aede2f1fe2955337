package org.onetrip.eventstore.kurrent;

import java.nio.charset.StandardCharsets;
import java.util.UUID;

/**
 * Axon message identifiers as KurrentDB event ids.
 *
 * <p>KurrentDB event ids are UUIDs, and the server uses them to deduplicate a retried append. This
 * application's Axon identifiers are canonical (lower-case) UUID strings and are stored unchanged. Any
 * other identifier (tests use {@code event-1}, an upper-case UUID is not canonical either) becomes a
 * name-based UUID (version 3) of {@code "onetrip-axon-event-id:" + identifier}: the same identifier
 * always gives the same UUID, so deduplication still works, and the original string is kept in the
 * event's envelope ({@link KurrentEventEnvelope#eventIdentifier()}) so Axon reads back exactly what
 * it wrote.
 */
public final class KurrentEventIds {

    static final String NAMESPACE = "onetrip-axon-event-id:";

    private KurrentEventIds() {}

    public static UUID toEventId(String axonIdentifier) {
        if (isCanonicalUuid(axonIdentifier)) {
            return UUID.fromString(axonIdentifier);
        }
        return UUID.nameUUIDFromBytes((NAMESPACE + axonIdentifier).getBytes(StandardCharsets.UTF_8));
    }

    /** True when the identifier is stored as the KurrentDB event id itself, with nothing else to remember. */
    public static boolean isCanonicalUuid(String identifier) {
        if (identifier == null || identifier.length() != 36) {
            return false;
        }
        try {
            return UUID.fromString(identifier).toString().equals(identifier);
        } catch (IllegalArgumentException notAUuid) {
            return false;
        }
    }
}
