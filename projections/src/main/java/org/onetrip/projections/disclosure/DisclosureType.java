package org.onetrip.projections.disclosure;

import java.util.Locale;
import org.onetrip.projections.search.query.InvalidSearchException;

/** What a disclosure search document describes. */
public enum DisclosureType {
    SERVICE_ITEM("item-"),
    NOTICE("notice-"),
    BULLETIN("bulletin-");

    private final String idPrefix;

    DisclosureType(String idPrefix) {
        this.idPrefix = idPrefix;
    }

    /** The document id: the type keeps an item code and a notice id from ever colliding. */
    public String documentId(String code) {
        return idPrefix + code;
    }

    /** Null for "any"; a value that is not a type is an invalid search. */
    public static DisclosureType parse(String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return valueOf(value.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidSearchException("type", "type must be SERVICE_ITEM, NOTICE or BULLETIN");
        }
    }
}
