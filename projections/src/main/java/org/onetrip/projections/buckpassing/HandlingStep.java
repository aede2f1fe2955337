package org.onetrip.projections.buckpassing;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One handling fact of a case, as the buck-passing rules read it. {@code department} is the unit
 * the step is about (the one assigned, signing, returning or answering); {@code toDepartment} is set
 * for transfers only.
 */
public record HandlingStep(
        long sequence,
        String eventId,
        Type type,
        Instant at,
        String department,
        String toDepartment,
        LocalDate dueDate,
        boolean badRating) {

    public enum Type {
        ASSIGNED,
        SIGNED_FOR,
        RETURNED,
        TRANSFERRED,
        EXTENSION_REQUESTED,
        EXTENSION_APPROVED,
        EXTENSION_DENIED,
        ANSWERED,
        RATED,
        REOPENED,
        DUPLICATE_MERGED,
        CLOSED
    }
}
