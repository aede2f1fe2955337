package org.onetrip.calendar.query;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import org.onetrip.calendar.api.CalendarYearPublishedEvent;

/** Every published arrangement of one calendar, in version order; immutable. */
final class CalendarHistory {

    private final List<CalendarYearPublishedEvent> publishes;
    private final CalendarSnapshot current;
    private final Map<Long, CalendarSnapshot> snapshotsByVersion = new ConcurrentHashMap<>();

    private CalendarHistory(List<CalendarYearPublishedEvent> publishes) {
        this.publishes = List.copyOf(publishes);
        this.current = snapshotBuiltAt(currentVersion());
    }

    static CalendarHistory of(List<CalendarYearPublishedEvent> publishes) {
        List<CalendarYearPublishedEvent> ordered = new ArrayList<>(publishes);
        ordered.sort(Comparator.comparingLong(CalendarYearPublishedEvent::version));
        return new CalendarHistory(ordered);
    }

    CalendarHistory with(CalendarYearPublishedEvent published) {
        List<CalendarYearPublishedEvent> more = new ArrayList<>(publishes);
        more.add(published);
        return of(more);
    }

    long currentVersion() {
        return publishes.isEmpty() ? 0 : publishes.get(publishes.size() - 1).version();
    }

    CalendarSnapshot current() {
        return current;
    }

    CalendarSnapshot at(long version) {
        if (version < 0 || version > currentVersion()) {
            throw new IllegalArgumentException("Unknown calendar version " + version
                    + "; versions run from 0 (nothing published) to " + currentVersion());
        }
        return snapshotsByVersion.computeIfAbsent(version, this::snapshotBuiltAt);
    }

    private CalendarSnapshot snapshotBuiltAt(long version) {
        Map<Integer, CalendarYearPublishedEvent> latestPerYear = new TreeMap<>();
        for (CalendarYearPublishedEvent published : publishes) {
            if (published.version() <= version) {
                latestPerYear.put(published.year(), published);
            }
        }
        return CalendarSnapshot.of(version, latestPerYear.values());
    }
}
