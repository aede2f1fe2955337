package org.onetrip.projections.testing;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;
import java.util.function.BiFunction;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.calendar.query.CalendarSnapshot;
import org.onetrip.calendar.seed.SeedCalendar;

/** The 2025/2026 arrangements the application ships, as the working-day arithmetic of one version. */
public final class ShippedCalendar {

    private ShippedCalendar() {}

    public static CalendarSnapshot snapshot() {
        var seed = SeedCalendar.load();
        Set<Integer> years = new HashSet<>();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUp = new HashSet<>();
        for (var year : seed.years()) {
            years.add(year.year());
            year.holidayDays().stream().map(Holiday::date).forEach(holidays::add);
            makeUp.addAll(year.makeUpWorkingDays());
        }
        return new CalendarSnapshot(seed.years().size(), years, holidays, makeUp);
    }

    public static BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween() {
        var snapshot = snapshot();
        return snapshot::workingDaysBetween;
    }
}
