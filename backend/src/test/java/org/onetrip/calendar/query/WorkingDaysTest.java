package org.onetrip.calendar.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventhandling.SubscribingEventProcessor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.calendar.InMemoryCalendarApp;
import org.onetrip.calendar.api.CalendarIds;
import org.onetrip.calendar.api.Deadline;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.calendar.api.PublishCalendarYearCommand;
import org.onetrip.calendar.seed.SeedCalendar;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;

/** Working days on the shipped 2025 and 2026 arrangements (versions 1 and 2), through real Axon. */
class WorkingDaysTest {

    private static final Actor ADMIN = new Actor("admin-1", Role.ADMIN, null);

    private InMemoryCalendarApp app;
    private WorkingDays workingDays;

    @BeforeEach
    void startWithTheShippedCalendar() {
        app = new InMemoryCalendarApp();
        app.seeder().seed();
        workingDays = app.workingDays();
    }

    @AfterEach
    void stop() {
        app.close();
    }

    @Test
    void theShippedCalendarIsAtVersionTwo() {
        assertThat(workingDays.currentVersion()).isEqualTo(2);
        assertThat(workingDays.publishedYears()).containsExactly(2025, 2026);
    }

    @Test
    void theCacheIsFedByASubscribingProcessor() {
        assertThat(app.configuration()
                        .eventProcessingConfiguration()
                        .eventProcessorByProcessingGroup(WorkingDays.PROCESSING_GROUP))
                .get()
                .isInstanceOf(SubscribingEventProcessor.class);
    }

    @Test
    void aroundTheSpringFestivalOf2026HolidaysDoNotCountButMakeUpSaturdaysDo() {
        assertThat(workingDays.isWorkingDay(date("2026-02-13"))).isTrue();
        assertThat(workingDays.isWorkingDay(date("2026-02-14")))
                .as("make-up Saturday")
                .isTrue();
        assertThat(workingDays.isWorkingDay(date("2026-02-15")))
                .as("Sunday, holiday")
                .isFalse();
        assertThat(workingDays.isWorkingDay(date("2026-02-16")))
                .as("Monday, holiday")
                .isFalse();
        assertThat(workingDays.isWorkingDay(date("2026-02-23")))
                .as("Monday, last holiday")
                .isFalse();
        assertThat(workingDays.isWorkingDay(date("2026-02-24"))).isTrue();
        assertThat(workingDays.isWorkingDay(date("2026-02-28")))
                .as("make-up Saturday")
                .isTrue();
        assertThat(workingDays.isWorkingDay(date("2026-03-01")))
                .as("plain Sunday")
                .isFalse();
    }

    @Test
    void threeWorkingDaysFromFridayBeforeTheSpringFestival2026CountTheMakeUpSaturdayAndSkipNineHolidays() {
        // Sat 14 (make-up) = 1; 15-23 holidays; Tue 24 = 2; Wed 25 = 3
        assertThat(workingDays.after(shanghai("2026-02-13T10:00"), 3))
                .isEqualTo(new Deadline(date("2026-02-25"), 3, 2));
    }

    @Test
    void theStartDayIsTheDayInShanghaiAndNeverCounts() {
        assertThat(workingDays.after(Instant.parse("2026-02-13T15:59:59Z"), 3).dueDate())
                .as("Friday 23:59:59 in Shanghai")
                .isEqualTo(date("2026-02-25"));
        // Saturday 00:00 in Shanghai: the make-up Saturday is the start day, so it does not count
        assertThat(workingDays.after(Instant.parse("2026-02-13T16:00:00Z"), 3).dueDate())
                .isEqualTo(date("2026-02-26"));
    }

    @Test
    void aroundTheNationalDay2026BothMakeUpDaysCountAndBothHolidayBlocksAreSkipped() {
        // Fri 18 -> Sun 20 is a make-up working day
        assertThat(workingDays.after(shanghai("2026-09-18T09:00"), 1).dueDate()).isEqualTo(date("2026-09-20"));
        // Wed 23: Thu 24 = 1; 25-27 中秋; Mon 28 - Wed 30 = 2..4; Oct 1-7 国庆; Thu 8 = 5; Fri 9 = 6; Sat 10 (make-up) = 7
        assertThat(workingDays.after(shanghai("2026-09-23T09:00"), 5).dueDate()).isEqualTo(date("2026-10-08"));
        assertThat(workingDays.after(shanghai("2026-09-23T09:00"), 7).dueDate()).isEqualTo(date("2026-10-10"));
        assertThat(workingDays.after(shanghai("2026-09-23T09:00"), 8).dueDate()).isEqualTo(date("2026-10-12"));
    }

    @Test
    void aroundTheSpringFestival2025TheSundayAndSaturdayMakeUpDaysCount() {
        // Fri 24: Sun 26 (make-up) = 1; Mon 27 = 2; Jan 28 - Feb 4 holidays; Wed 5 = 3; Thu 6, Fri 7; Sat 8 (make-up) =
        // 6
        assertThat(workingDays.after(shanghai("2025-01-24T09:00"), 3))
                .isEqualTo(new Deadline(date("2025-02-05"), 3, 2));
        assertThat(workingDays.after(shanghai("2025-01-24T09:00"), 6).dueDate()).isEqualTo(date("2025-02-08"));
    }

    @Test
    void aDeadlineCrossesTheYearEndIntoTheNewYearHolidayAndItsMakeUpSunday() {
        // Wed 2025-12-31: Jan 1-3 holidays; Sun 4 (make-up) = 1; Mon 5 = 2; Tue 6 = 3
        assertThat(workingDays.after(shanghai("2025-12-31T17:00"), 3).dueDate()).isEqualTo(date("2026-01-06"));
    }

    @Test
    void aComplaintsThirteenWorkingDaysSpanTheNationalDay2025() {
        // Fri 2025-09-26: Sun 28 = 1; 29, 30 = 2, 3; Oct 1-8 holidays; 9, 10 = 4, 5; Sat 11 (make-up) = 6;
        // 13-17 = 7..11; 20, 21 = 12, 13
        Deadline deadline = workingDays.after(shanghai("2025-09-26T10:30"), 13);
        assertThat(deadline).isEqualTo(new Deadline(date("2025-10-21"), 13, 2));
        assertThat(workingDays.workingDaysBetween(date("2025-09-26"), deadline.dueDate()))
                .isEqualTo(13);
    }

    @Test
    void aYearWithoutPublishedArrangementCountsMondayToFriday() {
        // 2027 is not published: Fri 2027-01-01 counts although it will surely be 元旦
        assertThat(workingDays.after(shanghai("2026-12-31T09:00"), 2).dueDate()).isEqualTo(date("2027-01-04"));
        assertThat(workingDays.isWorkingDay(date("2027-01-01"))).isTrue();
        assertThat(workingDays.isWorkingDay(date("2027-01-02"))).isFalse();
    }

    @Test
    void extendingADueDateCountsWorkingDaysAfterIt() {
        assertThat(workingDays.extend(date("2026-02-13"), 3)).isEqualTo(new Deadline(date("2026-02-25"), 3, 2));
        assertThat(workingDays.extend(date("2026-09-30"), 1)).isEqualTo(new Deadline(date("2026-10-08"), 1, 2));
    }

    @Test
    void workingDaysBetweenCountsAfterTheFirstDateUpToTheSecondAndIsNegativeBackwards() {
        assertThat(workingDays.workingDaysBetween(date("2026-02-13"), date("2026-02-25")))
                .isEqualTo(3);
        assertThat(workingDays.workingDaysBetween(date("2026-02-25"), date("2026-02-13")))
                .isEqualTo(-3);
        assertThat(workingDays.workingDaysBetween(date("2026-02-24"), date("2026-02-24")))
                .isZero();
        assertThat(workingDays.workingDaysBetween(date("2026-02-14"), date("2026-02-23")))
                .as("only holidays after the make-up Saturday")
                .isZero();
        assertThat(workingDays.workingDaysBetween(date("2026-02-13"), date("2026-02-14")))
                .isEqualTo(1);
    }

    @Test
    void aDeadlineNeedsAtLeastOneWorkingDay() {
        assertThatThrownBy(() -> workingDays.after(shanghai("2026-02-13T10:00"), 0))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("at least one working day");
    }

    @Test
    void anUnknownCalendarVersionIsRefused() {
        assertThatThrownBy(() -> workingDays.after(shanghai("2026-02-13T10:00"), 3, 3))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("Unknown calendar version 3");
    }

    @Test
    void versionZeroIsTheCalendarBeforeAnythingWasPublished() {
        // Mon 16 to Wed 18 are working days when no holiday is known
        assertThat(workingDays.after(shanghai("2026-02-13T10:00"), 3, 0))
                .isEqualTo(new Deadline(date("2026-02-18"), 3, 0));
    }

    @Test
    void anOlderVersionLacksTheYearsPublishedAfterIt() {
        // version 1 holds only 2025: the 2026 Spring Festival is not known there
        assertThat(workingDays.after(shanghai("2026-02-13T10:00"), 3, 1))
                .isEqualTo(new Deadline(date("2026-02-18"), 3, 1));
        assertThat(workingDays.after(shanghai("2025-01-24T09:00"), 3, 1))
                .isEqualTo(new Deadline(date("2025-02-05"), 3, 1));
    }

    @Test
    void aCorrectedYearCountsAtOnceWhileTheOldVersionStillReproducesEarlierDeadlines() {
        Instant assigned = shanghai("2026-02-13T10:00");
        Deadline underVersionTwo = workingDays.after(assigned, 3);
        assertThat(underVersionTwo).isEqualTo(new Deadline(date("2026-02-25"), 3, 2));

        app.commandGateway().sendAndWait(shipped2026WithExtraHoliday(date("2026-02-24")));

        assertThat(workingDays.currentVersion()).isEqualTo(3);
        assertThat(workingDays.isWorkingDay(date("2026-02-24"))).isFalse();
        assertThat(workingDays.after(assigned, 3)).isEqualTo(new Deadline(date("2026-02-26"), 3, 3));
        assertThat(workingDays.after(assigned, 3, underVersionTwo.calendarVersion()))
                .isEqualTo(underVersionTwo);
    }

    @Test
    void aFreshlyStartedServiceReadsEveryVersionFromTheEventStore() {
        app.commandGateway().sendAndWait(shipped2026WithExtraHoliday(date("2026-02-24")));

        WorkingDays coldStart = new WorkingDays(app.eventStore());

        assertThat(coldStart.currentVersion()).isEqualTo(3);
        assertThat(coldStart.after(shanghai("2026-02-13T10:00"), 3)).isEqualTo(new Deadline(date("2026-02-26"), 3, 3));
        assertThat(coldStart.after(shanghai("2026-02-13T10:00"), 3, 2))
                .isEqualTo(new Deadline(date("2026-02-25"), 3, 2));
        assertThat(coldStart.after(shanghai("2026-02-13T10:00"), 3, 1))
                .isEqualTo(new Deadline(date("2026-02-18"), 3, 1));
    }

    @Test
    void anotherCalendarDoesNotChangeTheNationalWorkingDays() {
        app.commandGateway()
                .sendAndWait(new PublishCalendarYearCommand(
                        "TEST",
                        2026,
                        List.of(new Holiday(date("2026-02-24"), "test")),
                        List.of(),
                        "test",
                        null,
                        ADMIN));

        assertThat(workingDays.currentVersion()).isEqualTo(2);
        assertThat(workingDays.isWorkingDay(date("2026-02-24"))).isTrue();
    }

    private static PublishCalendarYearCommand shipped2026WithExtraHoliday(LocalDate extra) {
        SeedCalendar seed = SeedCalendar.load();
        PublishCalendarYearCommand shipped = seed.publishCommand(seed.years().get(1));
        assertThat(shipped.year()).isEqualTo(2026);
        List<Holiday> holidays = new ArrayList<>(shipped.holidays());
        holidays.add(new Holiday(extra, "春节"));
        return new PublishCalendarYearCommand(
                CalendarIds.NATIONAL,
                2026,
                holidays,
                shipped.makeUpWorkingDays(),
                shipped.source(),
                "extended by one day",
                ADMIN);
    }

    private static Instant shanghai(String localDateTime) {
        return LocalDateTime.parse(localDateTime).atZone(WorkingDays.ZONE).toInstant();
    }

    private static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }
}
