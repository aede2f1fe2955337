package org.onetrip.calendar.query;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Collections;
import java.util.HashSet;
import java.util.Set;
import java.util.SortedSet;
import java.util.TreeSet;
import org.onetrip.calendar.api.CalendarYearPublishedEvent;
import org.onetrip.calendar.api.Holiday;

/**
 * One version of the calendar as plain data, and the working-day arithmetic on it.
 * A working day is Monday to Friday unless it is a holiday, or a Saturday or Sunday listed as a
 * make-up working day (调休). A year without a published arrangement is counted as plain Monday to
 * Friday: this snapshot cannot know that year's holidays.
 */
public final class CalendarSnapshot {

    private final long version;
    private final SortedSet<Integer> publishedYears;
    private final Set<LocalDate> holidays;
    private final Set<LocalDate> makeUpWorkingDays;

    public CalendarSnapshot(
            long version, Set<Integer> publishedYears, Set<LocalDate> holidays, Set<LocalDate> makeUpWorkingDays) {
        this.version = version;
        this.publishedYears = new TreeSet<>(publishedYears);
        this.holidays = Set.copyOf(holidays);
        this.makeUpWorkingDays = Set.copyOf(makeUpWorkingDays);
    }

    /** Version 0: nothing published yet, every year is plain Monday to Friday. */
    public static CalendarSnapshot plainWeekdays() {
        return new CalendarSnapshot(0, Set.of(), Set.of(), Set.of());
    }

    /** The given arrangements, at most one per year, taken as calendar version {@code version}. */
    public static CalendarSnapshot of(long version, Collection<CalendarYearPublishedEvent> arrangements) {
        Set<Integer> years = new HashSet<>();
        Set<LocalDate> holidays = new HashSet<>();
        Set<LocalDate> makeUpDays = new HashSet<>();
        for (CalendarYearPublishedEvent arrangement : arrangements) {
            if (!years.add(arrangement.year())) {
                throw new IllegalArgumentException("Two arrangements for " + arrangement.year());
            }
            arrangement.holidays().stream().map(Holiday::date).forEach(holidays::add);
            makeUpDays.addAll(arrangement.makeUpWorkingDays());
        }
        return new CalendarSnapshot(version, years, holidays, makeUpDays);
    }

    public long version() {
        return version;
    }

    public SortedSet<Integer> publishedYears() {
        return Collections.unmodifiableSortedSet(publishedYears);
    }

    public boolean isPublished(int year) {
        return publishedYears.contains(year);
    }

    public boolean isWorkingDay(LocalDate date) {
        if (makeUpWorkingDays.contains(date)) {
            return true;
        }
        if (holidays.contains(date)) {
            return false;
        }
        DayOfWeek day = date.getDayOfWeek();
        return day != DayOfWeek.SATURDAY && day != DayOfWeek.SUNDAY;
    }

    /** The {@code workingDays}-th working day after {@code day}; {@code day} itself never counts. */
    public LocalDate workingDayAfter(LocalDate day, int workingDays) {
        if (workingDays < 1) {
            throw new IllegalArgumentException("A deadline needs at least one working day, not " + workingDays);
        }
        LocalDate date = day;
        int counted = 0;
        while (counted < workingDays) {
            date = date.plusDays(1);
            if (isWorkingDay(date)) {
                counted++;
            }
        }
        return date;
    }

    /**
     * The working days in (fromExclusive, toInclusive]. Signed so that it inverts
     * {@link #workingDayAfter}: when {@code toInclusive} is before {@code fromExclusive} the result is
     * minus the working days in (toInclusive, fromExclusive]; for equal dates it is 0.
     */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        if (toInclusive.isBefore(fromExclusive)) {
            return -workingDaysBetween(toInclusive, fromExclusive);
        }
        int count = 0;
        for (LocalDate date = fromExclusive.plusDays(1); !date.isAfter(toInclusive); date = date.plusDays(1)) {
            if (isWorkingDay(date)) {
                count++;
            }
        }
        return count;
    }
}
