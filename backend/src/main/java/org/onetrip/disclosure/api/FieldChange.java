package org.onetrip.disclosure.api;

import java.util.List;

/**
 * What changed in one field between two published versions. Single values carry {@code before} and
 * {@code after}; lists (conditions, materials, steps) carry the entries {@code removed} and {@code added}.
 */
public record FieldChange(String field, String before, String after, List<String> removed, List<String> added) {

    public FieldChange {
        removed = removed == null ? List.of() : List.copyOf(removed);
        added = added == null ? List.of() : List.copyOf(added);
    }

    static FieldChange value(String field, String before, String after) {
        return new FieldChange(field, before, after, List.of(), List.of());
    }

    static FieldChange list(String field, List<String> removed, List<String> added) {
        return new FieldChange(field, null, null, removed, added);
    }
}
