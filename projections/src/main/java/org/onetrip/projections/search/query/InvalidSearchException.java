package org.onetrip.projections.search.query;

import org.onetrip.shared.api.InvalidCommandException;

/** A search parameter out of range; answered as an invalid-input problem. */
public class InvalidSearchException extends InvalidCommandException {
    public InvalidSearchException(String field, String message) {
        super(field, message);
    }
}
