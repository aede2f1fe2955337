package org.onetrip.disclosure.api;

import com.fasterxml.jackson.annotation.JsonIgnore;
import java.time.Instant;
import java.util.Map;

/**
 * Figures computed from the events of [periodStart, cutOff), reading the store no further than
 * {@code lastEventPosition} and counting working days on {@code calendarVersion}: with the same three
 * inputs the same figures come out, however many events were stored since. {@code eventCount} counts
 * the case events used. {@code liaisonVisits} is each department's field visits over the months of the
 * span that have ended (for the annual assessment; not part of a bulletin).
 */
public record BulletinComputation(
        Instant periodStart,
        Instant cutOff,
        long lastEventPosition,
        long eventCount,
        long calendarVersion,
        BulletinFigures figures,
        @JsonIgnore Map<String, LiaisonVisits> liaisonVisits) {

    public BulletinComputation {
        liaisonVisits = liaisonVisits == null ? Map.of() : Map.copyOf(liaisonVisits);
    }

    public BulletinComputation(
            Instant periodStart,
            Instant cutOff,
            long lastEventPosition,
            long eventCount,
            long calendarVersion,
            BulletinFigures figures) {
        this(periodStart, cutOff, lastEventPosition, eventCount, calendarVersion, figures, Map.of());
    }
}
