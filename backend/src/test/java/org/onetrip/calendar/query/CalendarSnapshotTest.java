package org.onetrip.calendar.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.onetrip.calendar.api.CalendarYearPublishedEvent;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.calendar.seed.SeedCalendar;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;

class CalendarSnapshotTest {

    private static final LocalDate MONDAY = LocalDate.parse("2030-03-04");

    private final CalendarSnapshot plain = CalendarSnapshot.plainWeekdays();

    @Test
    void withoutArrangementMondayToFridayAreWorkingDaysAndWeekendsAreNot() {
        assertThat(MONDAY.datesUntil(MONDAY.plusDays(7)).filter(plain::isWorkingDay))
                .containsExactly(
                        MONDAY, MONDAY.plusDays(1), MONDAY.plusDays(2), MONDAY.plusDays(3), MONDAY.plusDays(4));
        assertThat(plain.version()).isZero();
        assertThat(plain.isPublished(2030)).isFalse();
    }

    @Test
    void aHolidayOnAWeekdayIsNoWorkingDayAndAMakeUpSaturdayIs() {
        CalendarSnapshot calendar = new CalendarSnapshot(1, Set.of(2030), Set.of(MONDAY), Set.of(MONDAY.minusDays(2)));

        assertThat(calendar.isWorkingDay(MONDAY)).isFalse();
        assertThat(calendar.isWorkingDay(MONDAY.minusDays(2)))
                .as("Saturday before")
                .isTrue();
        assertThat(calendar.isWorkingDay(MONDAY.minusDays(1)))
                .as("Sunday before")
                .isFalse();
        assertThat(calendar.isWorkingDay(MONDAY.plusDays(1))).isTrue();
    }

    @Test
    void theStartDayNeverCountsEvenWhenItIsAWorkingDay() {
        assertThat(plain.workingDayAfter(MONDAY, 1)).isEqualTo(MONDAY.plusDays(1));
        assertThat(plain.workingDayAfter(MONDAY.plusDays(4), 1))
                .as("Friday to Monday")
                .isEqualTo(MONDAY.plusDays(7));
        assertThat(plain.workingDayAfter(MONDAY.minusDays(1), 1))
                .as("Sunday to Monday")
                .isEqualTo(MONDAY);
    }

    @Test
    void zeroOrNegativeWorkingDaysAreRefused() {
        assertThatThrownBy(() -> plain.workingDayAfter(MONDAY, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> plain.workingDayAfter(MONDAY, -1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void workingDaysBetweenInvertsWorkingDayAfterOnEveryDayOfTheShippedYears() {
        SeedCalendar seed = SeedCalendar.load();
        List<CalendarYearPublishedEvent> years = seed.years().stream()
                .map(year -> new CalendarYearPublishedEvent(
                        seed.calendarId(),
                        new EventContext("e", Actor.SYSTEM, Channel.SYSTEM, java.time.Instant.EPOCH),
                        1,
                        year.year(),
                        year.holidayDays(),
                        year.makeUpWorkingDays(),
                        year.source(),
                        year.note()))
                .toList();
        CalendarSnapshot calendar = CalendarSnapshot.of(2, years);

        LocalDate.parse("2025-01-01").datesUntil(LocalDate.parse("2027-01-01")).forEach(start -> {
            for (int n = 1; n <= 15; n++) {
                LocalDate due = calendar.workingDayAfter(start, n);
                assertThat(calendar.isWorkingDay(due)).isTrue();
                assertThat(calendar.workingDaysBetween(start, due))
                        .as("%s + %d", start, n)
                        .isEqualTo(n);
                assertThat(calendar.workingDaysBetween(due, start)).isEqualTo(-n);
                assertThat(calendar.workingDaysBetween(start, due.minusDays(1))).isEqualTo(n - 1);
            }
        });
    }

    @Test
    void twoArrangementsForOneYearCannotFormOneVersion() {
        CalendarYearPublishedEvent first = new CalendarYearPublishedEvent(
                "CN",
                new EventContext("e", Actor.SYSTEM, Channel.SYSTEM, java.time.Instant.EPOCH),
                1,
                2030,
                List.of(new Holiday(MONDAY, "x")),
                List.of(),
                "s",
                null);

        assertThatThrownBy(() -> CalendarSnapshot.of(1, List.of(first, first)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Two arrangements for 2030");
    }
}
