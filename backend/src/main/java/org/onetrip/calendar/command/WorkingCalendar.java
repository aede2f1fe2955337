package org.onetrip.calendar.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.calendar.api.CalendarRefusalReason;
import org.onetrip.calendar.api.CalendarRejectedException;
import org.onetrip.calendar.api.CalendarYearPublishedEvent;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.calendar.api.PublishCalendarYearCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;

/**
 * A working-day calendar: the holidays and make-up working days (调休) of each published year.
 * Every publish is a new version, so deadlines stay reproducible on the version they used.
 */
@Aggregate
public class WorkingCalendar {

    @AggregateIdentifier
    private String calendarId;

    private long version;
    private final Map<Integer, YearArrangement> arrangements = new HashMap<>();

    protected WorkingCalendar() {
        // for Axon: created empty, then event-sourced or filled by the first publish
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(PublishCalendarYearCommand command, EventContexts contexts) {
        Actor actor = command.actor();
        if (actor == null || (actor.role() != Role.ADMIN && actor.role() != Role.SYSTEM)) {
            throw new CalendarRejectedException(
                    CalendarRefusalReason.NOT_ADMINISTRATOR,
                    "Only an administrator or the system may publish a calendar, not "
                            + (actor == null ? "an unknown actor" : actor.role()));
        }
        if (command.source() == null || command.source().isBlank()) {
            throw new CalendarRejectedException(
                    CalendarRefusalReason.NO_SOURCE,
                    "A calendar year must cite its source, e.g. the State Council notice");
        }
        YearArrangement arrangement = validArrangement(command);
        if (arrangement.equals(arrangements.get(command.year()))) {
            throw new CalendarRejectedException(
                    CalendarRefusalReason.NO_CHANGE,
                    "No change: " + command.year()
                            + " is already published with exactly these holidays and make-up working days");
        }
        Channel channel = actor.role() == Role.SYSTEM ? Channel.SYSTEM : Channel.WORKBENCH;
        apply(new CalendarYearPublishedEvent(
                command.calendarId(),
                contexts.of(actor, channel),
                version + 1,
                command.year(),
                arrangement.holidays(),
                arrangement.makeUpWorkingDays(),
                command.source(),
                command.note()));
    }

    @EventSourcingHandler
    void on(CalendarYearPublishedEvent event) {
        calendarId = event.calendarId();
        version = event.version();
        arrangements.put(event.year(), new YearArrangement(event.holidays(), event.makeUpWorkingDays()));
    }

    private static YearArrangement validArrangement(PublishCalendarYearCommand command) {
        int year = command.year();
        List<Holiday> holidays = command.holidays();
        List<LocalDate> makeUpDays = command.makeUpWorkingDays() == null ? List.of() : command.makeUpWorkingDays();
        if (holidays == null || holidays.isEmpty()) {
            throw new CalendarRejectedException(
                    CalendarRefusalReason.NO_HOLIDAY, "The arrangement of " + year + " lists no holiday");
        }
        Set<LocalDate> holidayDates = new HashSet<>();
        for (Holiday holiday : holidays) {
            if (holiday == null
                    || holiday.date() == null
                    || holiday.name() == null
                    || holiday.name().isBlank()) {
                throw new CalendarRejectedException(
                        CalendarRefusalReason.HOLIDAY_INCOMPLETE,
                        holiday == null ? null : holiday.date(),
                        "Every holiday needs a date and a name: " + holiday);
            }
            requireInYear(holiday.date(), year, "Holiday");
            if (!holidayDates.add(holiday.date())) {
                throw new CalendarRejectedException(
                        CalendarRefusalReason.HOLIDAY_TWICE,
                        holiday.date(),
                        "Holiday " + holiday.date() + " is listed twice");
            }
        }
        Set<LocalDate> makeUpDates = new HashSet<>();
        for (LocalDate day : makeUpDays) {
            if (day == null) {
                throw new CalendarRejectedException(
                        CalendarRefusalReason.MAKE_UP_DAY_WITHOUT_DATE, "A make-up working day has no date");
            }
            requireInYear(day, year, "Make-up working day");
            if (!makeUpDates.add(day)) {
                throw new CalendarRejectedException(
                        CalendarRefusalReason.MAKE_UP_DAY_TWICE,
                        day,
                        "Make-up working day " + day + " is listed twice");
            }
            if (holidayDates.contains(day)) {
                throw new CalendarRejectedException(
                        CalendarRefusalReason.HOLIDAY_AND_MAKE_UP_DAY,
                        day,
                        day + " cannot be both a holiday and a make-up working day");
            }
            if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
                throw new CalendarRejectedException(
                        CalendarRefusalReason.MAKE_UP_DAY_NOT_WEEKEND,
                        day,
                        "Make-up working day " + day + " is a " + day.getDayOfWeek()
                                + ", but only a Saturday or Sunday can be made a working day");
            }
        }
        return new YearArrangement(
                holidays.stream().sorted(Comparator.comparing(Holiday::date)).toList(),
                makeUpDays.stream().sorted().toList());
    }

    private static void requireInYear(LocalDate day, int year, String what) {
        if (day.getYear() != year) {
            throw new CalendarRejectedException(
                    CalendarRefusalReason.OUTSIDE_YEAR, day, what + " " + day + " does not lie in " + year);
        }
    }

    /** The content that "no change" compares; source and note only describe it. */
    private record YearArrangement(List<Holiday> holidays, List<LocalDate> makeUpWorkingDays) {}
}
