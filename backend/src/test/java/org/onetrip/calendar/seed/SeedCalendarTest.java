package org.onetrip.calendar.seed;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.onetrip.calendar.api.CalendarIds;
import org.onetrip.calendar.api.Holiday;

class SeedCalendarTest {

    private final SeedCalendar seed = SeedCalendar.load();

    @Test
    void theSeedFileHoldsTheNationalCalendarFor2025And2026() {
        assertThat(seed.calendarId()).isEqualTo(CalendarIds.NATIONAL);
        assertThat(seed.years()).extracting(SeedCalendar.SeedYear::year).containsExactly(2025, 2026);
    }

    @Test
    void the2025ArrangementHas28HolidaysAndFiveMakeUpWorkingDays() {
        SeedCalendar.SeedYear year = seed.years().get(0);

        assertThat(year.source()).contains("国办发明电〔2024〕12号");
        assertThat(daysPerFestival(year.holidayDays()))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("元旦", 1L, "春节", 8L, "清明节", 3L, "劳动节", 5L, "端午节", 3L, "国庆节、中秋节", 8L));
        assertThat(year.holidayDays()).hasSize(28);
        assertThat(year.holidayDays())
                .contains(
                        new Holiday(date("2025-01-28"), "春节"),
                        new Holiday(date("2025-02-04"), "春节"),
                        new Holiday(date("2025-05-31"), "端午节"),
                        new Holiday(date("2025-06-02"), "端午节"),
                        new Holiday(date("2025-10-08"), "国庆节、中秋节"));
        assertThat(year.makeUpWorkingDays())
                .containsExactly(
                        date("2025-01-26"),
                        date("2025-02-08"),
                        date("2025-04-27"),
                        date("2025-09-28"),
                        date("2025-10-11"));
    }

    @Test
    void the2026ArrangementHas33HolidaysAndSixMakeUpWorkingDays() {
        SeedCalendar.SeedYear year = seed.years().get(1);

        assertThat(year.source()).contains("国办发明电〔2025〕7号");
        assertThat(daysPerFestival(year.holidayDays()))
                .containsExactlyInAnyOrderEntriesOf(
                        Map.of("元旦", 3L, "春节", 9L, "清明节", 3L, "劳动节", 5L, "端午节", 3L, "中秋节", 3L, "国庆节", 7L));
        assertThat(year.holidayDays()).hasSize(33);
        assertThat(year.holidayDays())
                .contains(
                        new Holiday(date("2026-02-15"), "春节"),
                        new Holiday(date("2026-02-23"), "春节"),
                        new Holiday(date("2026-09-27"), "中秋节"),
                        new Holiday(date("2026-10-07"), "国庆节"));
        assertThat(year.makeUpWorkingDays())
                .containsExactly(
                        date("2026-01-04"),
                        date("2026-02-14"),
                        date("2026-02-28"),
                        date("2026-05-09"),
                        date("2026-09-20"),
                        date("2026-10-10"));
    }

    @Test
    void everyShippedMakeUpWorkingDayIsASaturdayOrSunday() {
        assertThat(seed.years().stream().flatMap(year -> year.makeUpWorkingDays().stream()))
                .allMatch(day -> day.getDayOfWeek() == DayOfWeek.SATURDAY || day.getDayOfWeek() == DayOfWeek.SUNDAY);
    }

    private static Map<String, Long> daysPerFestival(List<Holiday> holidays) {
        return holidays.stream().collect(Collectors.groupingBy(Holiday::name, Collectors.counting()));
    }

    private static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }
}
