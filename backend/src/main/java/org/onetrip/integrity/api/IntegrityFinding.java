package org.onetrip.integrity.api;

/**
 * One thing wrong with a stored event. {@code field} names what disagrees ({@code hash}: the event's
 * content no longer gives its stored hash; {@code prevHash}: the link to the event before it).
 */
public record IntegrityFinding(
        long sequenceNumber, Kind kind, String field, String expected, String found, String detail) {
    public enum Kind {
        CONTENT_CHANGED,
        LINK_BROKEN,
        MISSING_EVENTS,
        OUT_OF_ORDER,
        HASH_REMOVED
    }
}
