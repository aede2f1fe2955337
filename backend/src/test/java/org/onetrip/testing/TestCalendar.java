package org.onetrip.testing;

import org.onetrip.calendar.InMemoryCalendarApp;
import org.onetrip.calendar.query.WorkingDays;

/**
 * A real {@link WorkingDays} over the shipped 2025 and 2026 arrangements (calendar version 2), built
 * the way the calendar tests build it: the calendar aggregate on an in-memory Axon event store, seeded
 * by the real seeder. Built once per JVM; the history is read before the app is closed, so the
 * returned instance keeps answering from memory.
 */
public final class TestCalendar {

    /** The version the shipped seed (2025, then 2026) ends at. */
    public static final long SEEDED_VERSION = 2;

    private static WorkingDays seeded;

    private TestCalendar() {}

    public static synchronized WorkingDays seeded2025And2026() {
        if (seeded == null) {
            try (InMemoryCalendarApp app = new InMemoryCalendarApp()) {
                app.seeder().seed();
                WorkingDays workingDays = app.workingDays();
                if (workingDays.currentVersion() != SEEDED_VERSION
                        || !workingDays.publishedYears().containsAll(java.util.List.of(2025, 2026))) {
                    throw new IllegalStateException("the shipped calendar is not 2025+2026 at version 2 but "
                            + workingDays.publishedYears() + " at " + workingDays.currentVersion());
                }
                seeded = workingDays;
            }
        }
        return seeded;
    }
}
