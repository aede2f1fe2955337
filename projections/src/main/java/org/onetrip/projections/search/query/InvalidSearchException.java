package org.onetrip.projections.search.query;

import org.onetrip.shared.api.InvalidCommandException;

/** A search parameter out of range; answered as an invalid-input problem. */
public class InvalidSearchException extends InvalidCommandException {
    public InvalidSearchException(String field, String message) {
        super(field, message);
    }

    /** A range whose {@code from} comes after its {@code to}; either left open (null) is no range to check. */
    public static <T extends Comparable<? super T>> void requireInOrder(T from, T to) {
        if (from != null && to != null && from.compareTo(to) > 0) {
            throw new InvalidSearchException("from", "from must not be after to");
        }
    }
}
