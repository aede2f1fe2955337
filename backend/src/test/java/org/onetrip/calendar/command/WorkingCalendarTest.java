package org.onetrip.calendar.command;

import static org.hamcrest.Matchers.containsString;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.hamcrest.CustomTypeSafeMatcher;
import org.hamcrest.Matcher;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.onetrip.calendar.api.CalendarIds;
import org.onetrip.calendar.api.CalendarRefusalReason;
import org.onetrip.calendar.api.CalendarRejectedException;
import org.onetrip.calendar.api.CalendarYearPublishedEvent;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.calendar.api.PublishCalendarYearCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;

class WorkingCalendarTest {

    private static final String CN = CalendarIds.NATIONAL;
    private static final Instant NOW = Instant.parse("2025-11-04T02:00:00Z");
    private static final Actor ADMIN = new Actor("admin-1", Role.ADMIN, null);
    private static final String SOURCE = "国办发明电〔2025〕7号";

    private static final List<Holiday> SPRING_FESTIVAL_2026 = days("春节", "2026-02-15", 9);
    private static final List<LocalDate> MAKE_UP_2026 = List.of(date("2026-02-14"), date("2026-02-28"));

    private FixtureConfiguration<WorkingCalendar> fixture;

    @BeforeEach
    void setUp() {
        AtomicInteger eventNumber = new AtomicInteger();
        fixture = new AggregateTestFixture<>(WorkingCalendar.class);
        fixture.registerInjectableResource(
                new EventContexts(Clock.fixed(NOW, ZoneOffset.UTC), () -> "event-" + eventNumber.incrementAndGet()));
    }

    @Test
    void theFirstPublishCreatesTheCalendarAtVersionOneStampedFromTheWorkbench() {
        fixture.givenNoPriorActivity()
                .when(publish(2026, SPRING_FESTIVAL_2026, MAKE_UP_2026, ADMIN))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new CalendarYearPublishedEvent(
                        CN,
                        new EventContext("event-1", ADMIN, Channel.WORKBENCH, NOW),
                        1,
                        2026,
                        SPRING_FESTIVAL_2026,
                        MAKE_UP_2026,
                        SOURCE,
                        "note"));
    }

    @Test
    void aPublishByTheSystemIsStampedWithTheSystemChannel() {
        fixture.givenNoPriorActivity()
                .when(publish(2026, SPRING_FESTIVAL_2026, MAKE_UP_2026, Actor.SYSTEM))
                .expectEvents(new CalendarYearPublishedEvent(
                        CN,
                        new EventContext("event-1", Actor.SYSTEM, Channel.SYSTEM, NOW),
                        1,
                        2026,
                        SPRING_FESTIVAL_2026,
                        MAKE_UP_2026,
                        SOURCE,
                        "note"));
    }

    @Test
    void everyPublishOfAnotherYearRaisesTheVersionByOne() {
        fixture.given(
                        published(1, 2025, days("元旦", "2025-01-01", 1), List.of()),
                        published(2, 2026, SPRING_FESTIVAL_2026, MAKE_UP_2026))
                .when(publish(2027, days("元旦", "2027-01-01", 1), List.of(), ADMIN))
                .expectEvents(new CalendarYearPublishedEvent(
                        CN,
                        new EventContext("event-1", ADMIN, Channel.WORKBENCH, NOW),
                        3,
                        2027,
                        days("元旦", "2027-01-01", 1),
                        List.of(),
                        SOURCE,
                        "note"));
    }

    @Test
    void republishingAYearWithAChangedDayIsACorrectionAndANewVersion() {
        List<Holiday> corrected = days("春节", "2026-02-15", 10);
        fixture.given(published(1, 2026, SPRING_FESTIVAL_2026, MAKE_UP_2026))
                .when(publish(2026, corrected, MAKE_UP_2026, ADMIN))
                .expectEvents(new CalendarYearPublishedEvent(
                        CN,
                        new EventContext("event-1", ADMIN, Channel.WORKBENCH, NOW),
                        2,
                        2026,
                        corrected,
                        MAKE_UP_2026,
                        SOURCE,
                        "note"));
    }

    @Test
    void holidaysAndMakeUpDaysAreRecordedInDateOrderWhateverOrderTheyCameIn() {
        List<Holiday> shuffled = List.of(
                SPRING_FESTIVAL_2026.get(8),
                SPRING_FESTIVAL_2026.get(0),
                SPRING_FESTIVAL_2026.get(4),
                SPRING_FESTIVAL_2026.get(1),
                SPRING_FESTIVAL_2026.get(2),
                SPRING_FESTIVAL_2026.get(3),
                SPRING_FESTIVAL_2026.get(7),
                SPRING_FESTIVAL_2026.get(5),
                SPRING_FESTIVAL_2026.get(6));
        fixture.givenNoPriorActivity()
                .when(publish(2026, shuffled, List.of(date("2026-02-28"), date("2026-02-14")), ADMIN))
                .expectEvents(new CalendarYearPublishedEvent(
                        CN,
                        new EventContext("event-1", ADMIN, Channel.WORKBENCH, NOW),
                        1,
                        2026,
                        SPRING_FESTIVAL_2026,
                        MAKE_UP_2026,
                        SOURCE,
                        "note"));
    }

    @Test
    void aHolidayOutsideTheYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(publish(2026, List.of(new Holiday(date("2025-12-31"), "元旦")), List.of(), ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.OUTSIDE_YEAR, "2025-12-31"))
                .expectExceptionMessage(containsString("Holiday 2025-12-31 does not lie in 2026"));
    }

    @Test
    void aMakeUpWorkingDayOutsideTheYearIsRefused() {
        fixture.givenNoPriorActivity()
                .when(publish(2026, SPRING_FESTIVAL_2026, List.of(date("2027-01-02")), ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.OUTSIDE_YEAR, "2027-01-02"))
                .expectExceptionMessage(containsString("Make-up working day 2027-01-02 does not lie in 2026"));
    }

    @Test
    void aDayThatIsBothHolidayAndMakeUpWorkingDayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(publish(2026, SPRING_FESTIVAL_2026, List.of(date("2026-02-21")), ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.HOLIDAY_AND_MAKE_UP_DAY, "2026-02-21"))
                .expectExceptionMessage(
                        containsString("2026-02-21 cannot be both a holiday and a make-up working day"));
    }

    @Test
    void aHolidayListedTwiceIsRefusedEvenUnderAnotherName() {
        fixture.givenNoPriorActivity()
                .when(publish(
                        2026,
                        List.of(new Holiday(date("2026-10-01"), "国庆节"), new Holiday(date("2026-10-01"), "中秋节")),
                        List.of(),
                        ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.HOLIDAY_TWICE, "2026-10-01"))
                .expectExceptionMessage(containsString("Holiday 2026-10-01 is listed twice"));
    }

    @Test
    void aMakeUpWorkingDayListedTwiceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(publish(
                        2026,
                        SPRING_FESTIVAL_2026,
                        List.of(date("2026-02-14"), date("2026-02-28"), date("2026-02-14")),
                        ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.MAKE_UP_DAY_TWICE, "2026-02-14"))
                .expectExceptionMessage(containsString("Make-up working day 2026-02-14 is listed twice"));
    }

    @Test
    void aMakeUpWorkingDayOnAWeekdayIsRefused() {
        fixture.givenNoPriorActivity()
                .when(publish(2026, SPRING_FESTIVAL_2026, List.of(date("2026-02-13")), ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.MAKE_UP_DAY_NOT_WEEKEND, "2026-02-13"))
                .expectExceptionMessage(containsString("Make-up working day 2026-02-13 is a FRIDAY"));
    }

    @Test
    void anArrangementWithoutHolidaysIsRefused() {
        fixture.givenNoPriorActivity()
                .when(publish(2026, List.of(), MAKE_UP_2026, ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.NO_HOLIDAY, null))
                .expectExceptionMessage(containsString("The arrangement of 2026 lists no holiday"));
    }

    @Test
    void anArrangementWithoutSourceIsRefused() {
        fixture.givenNoPriorActivity()
                .when(new PublishCalendarYearCommand(CN, 2026, SPRING_FESTIVAL_2026, MAKE_UP_2026, " ", "note", ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.NO_SOURCE, null))
                .expectExceptionMessage(containsString("must cite its source"));
    }

    @Test
    void aHolidayWithoutANameIsRefusedNamingItsDay() {
        fixture.givenNoPriorActivity()
                .when(publish(2026, List.of(new Holiday(date("2026-10-01"), " ")), List.of(), ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.HOLIDAY_INCOMPLETE, "2026-10-01"))
                .expectExceptionMessage(containsString("Every holiday needs a date and a name"));
    }

    @Test
    void aHolidayWithoutADateIsRefused() {
        fixture.givenNoPriorActivity()
                .when(publish(2026, List.of(new Holiday(null, "国庆节")), List.of(), ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.HOLIDAY_INCOMPLETE, null));
    }

    @Test
    void aMakeUpWorkingDayWithoutADateIsRefused() {
        fixture.givenNoPriorActivity()
                .when(publish(2026, SPRING_FESTIVAL_2026, Arrays.asList(date("2026-02-14"), null), ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.MAKE_UP_DAY_WITHOUT_DATE, null))
                .expectExceptionMessage(containsString("A make-up working day has no date"));
    }

    @Test
    void aPublishByNobodyKnownIsRefusedAsNotAnAdministrator() {
        fixture.givenNoPriorActivity()
                .when(publish(2026, SPRING_FESTIVAL_2026, MAKE_UP_2026, null))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.NOT_ADMINISTRATOR, null))
                .expectExceptionMessage(containsString("not an unknown actor"));
    }

    @ParameterizedTest
    @EnumSource(
            value = Role.class,
            names = {"ADMIN", "SYSTEM"},
            mode = EnumSource.Mode.EXCLUDE)
    void onlyAnAdministratorOrTheSystemMayPublish(Role role) {
        fixture.given(published(1, 2026, SPRING_FESTIVAL_2026, MAKE_UP_2026))
                .when(publish(2026, days("春节", "2026-02-15", 10), MAKE_UP_2026, new Actor("p-1", role, "D01")))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.NOT_ADMINISTRATOR, null))
                .expectExceptionMessage(
                        containsString("Only an administrator or the system may publish a calendar, not " + role));
    }

    @Test
    void republishingAYearWithExactlyTheSameContentIsRefusedAsNoChange() {
        fixture.given(published(1, 2026, SPRING_FESTIVAL_2026, MAKE_UP_2026))
                .when(publish(2026, SPRING_FESTIVAL_2026, MAKE_UP_2026, ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.NO_CHANGE, null))
                .expectExceptionMessage(containsString("No change: 2026"));
    }

    @Test
    void theSameDaysInAnotherOrderWithAnotherNoteAreStillNoChange() {
        fixture.given(published(1, 2026, SPRING_FESTIVAL_2026, MAKE_UP_2026))
                .when(new PublishCalendarYearCommand(
                        CN,
                        2026,
                        reversed(SPRING_FESTIVAL_2026),
                        reversed(MAKE_UP_2026),
                        "another source",
                        "another note",
                        ADMIN))
                .expectNoEvents()
                .expectException(refused(CalendarRefusalReason.NO_CHANGE, null))
                .expectExceptionMessage(containsString("No change: 2026"));
    }

    @Test
    void renamingAHolidayIsAChange() {
        List<Holiday> renamed = SPRING_FESTIVAL_2026.stream()
                .map(holiday -> new Holiday(holiday.date(), "春节假期"))
                .toList();
        fixture.given(published(1, 2026, SPRING_FESTIVAL_2026, MAKE_UP_2026))
                .when(publish(2026, renamed, MAKE_UP_2026, ADMIN))
                .expectEvents(new CalendarYearPublishedEvent(
                        CN,
                        new EventContext("event-1", ADMIN, Channel.WORKBENCH, NOW),
                        2,
                        2026,
                        renamed,
                        MAKE_UP_2026,
                        SOURCE,
                        "note"));
    }

    /** The refusal's reason, and the day it names (or none), which screens word for the clerk. */
    private static Matcher<CalendarRejectedException> refused(CalendarRefusalReason reason, String isoDate) {
        LocalDate day = isoDate == null ? null : date(isoDate);
        return new CustomTypeSafeMatcher<>("refused for " + reason + " on " + day) {
            @Override
            protected boolean matchesSafely(CalendarRejectedException rejected) {
                return rejected.reason() == reason
                        && Objects.equals(rejected.date().orElse(null), day);
            }
        };
    }

    private static PublishCalendarYearCommand publish(
            int year, List<Holiday> holidays, List<LocalDate> makeUpDays, Actor actor) {
        return new PublishCalendarYearCommand(CN, year, holidays, makeUpDays, SOURCE, "note", actor);
    }

    private static CalendarYearPublishedEvent published(
            long version, int year, List<Holiday> holidays, List<LocalDate> makeUpDays) {
        return new CalendarYearPublishedEvent(
                CN,
                new EventContext("earlier-" + version, ADMIN, Channel.WORKBENCH, NOW.minusSeconds(86_400)),
                version,
                year,
                holidays,
                makeUpDays,
                SOURCE,
                "note");
    }

    private static List<Holiday> days(String name, String first, int count) {
        return date(first)
                .datesUntil(date(first).plusDays(count))
                .map(day -> new Holiday(day, name))
                .toList();
    }

    private static <T> List<T> reversed(List<T> list) {
        List<T> copy = new java.util.ArrayList<>(list);
        java.util.Collections.reverse(copy);
        return copy;
    }

    private static LocalDate date(String isoDate) {
        return LocalDate.parse(isoDate);
    }
}
