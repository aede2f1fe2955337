package org.onetrip.calendar.query;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.SortedSet;
import java.util.concurrent.ConcurrentHashMap;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.unitofwork.CurrentUnitOfWork;
import org.onetrip.calendar.api.CalendarIds;
import org.onetrip.calendar.api.CalendarYearPublishedEvent;
import org.onetrip.calendar.api.Deadline;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The one place that counts working days (工作日), on the national calendar {@link CalendarIds#NATIONAL}.
 * Its versions are read from the event store on first use and kept current by a subscribing event
 * handler, so a year published a moment ago already counts for the next deadline.
 * A year with no published arrangement is counted as plain Monday to Friday (a warning is logged once
 * per such year): publish it before deadlines run into it.
 */
@Service
@ProcessingGroup(WorkingDays.PROCESSING_GROUP)
public class WorkingDays implements WorkingDayCalendar {

    public static final String PROCESSING_GROUP = "calendar-cache";

    private static final Logger log = LoggerFactory.getLogger(WorkingDays.class);

    private final EventStore eventStore;
    private final String calendarId = CalendarIds.NATIONAL;
    private final Set<Integer> yearsWarnedAbout = ConcurrentHashMap.newKeySet();
    private volatile CalendarHistory history;

    public WorkingDays(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public long currentVersion() {
        return history().currentVersion();
    }

    /** The years the current version has an arrangement for. */
    public SortedSet<Integer> publishedYears() {
        return history().current().publishedYears();
    }

    public boolean isWorkingDay(LocalDate date) {
        CalendarSnapshot calendar = history().current();
        warnIfUnpublished(calendar, date, date);
        return calendar.isWorkingDay(date);
    }

    /** The deadline {@code workingDays} working days after the day of {@code start} in Shanghai. */
    public Deadline after(Instant start, int workingDays) {
        return deadline(history().current(), start.atZone(ZONE).toLocalDate(), workingDays);
    }

    /** As {@link #after(Instant, int)}, on an earlier calendar version: reproduces a past deadline. */
    public Deadline after(Instant start, int workingDays, long calendarVersion) {
        return deadline(history().at(calendarVersion), start.atZone(ZONE).toLocalDate(), workingDays);
    }

    /**
     * A deadline {@code extraWorkingDays} working days after {@code currentDueDate}, on the current
     * version; its {@code workingDays} is the extension, as the original count is not known here.
     */
    @Override
    public Deadline extend(LocalDate currentDueDate, int extraWorkingDays) {
        return deadline(history().current(), currentDueDate, extraWorkingDays);
    }

    /**
     * Working days in (fromExclusive, toInclusive] on the current version; negative (minus the working
     * days in (toInclusive, fromExclusive]) when {@code toInclusive} is earlier, 0 for the same day.
     * So {@code workingDaysBetween(dueDate, today)} is how many working days a case is overdue.
     */
    @Override
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive) {
        CalendarSnapshot calendar = history().current();
        warnIfUnpublished(calendar, fromExclusive, toInclusive);
        return calendar.workingDaysBetween(fromExclusive, toInclusive);
    }

    /** As {@link #workingDaysBetween(LocalDate, LocalDate)}, on an earlier version: reproduces a past count. */
    public int workingDaysBetween(LocalDate fromExclusive, LocalDate toInclusive, long calendarVersion) {
        CalendarSnapshot calendar = history().at(calendarVersion);
        warnIfUnpublished(calendar, fromExclusive, toInclusive);
        return calendar.workingDaysBetween(fromExclusive, toInclusive);
    }

    @EventHandler
    void on(CalendarYearPublishedEvent published) {
        if (!calendarId.equals(published.calendarId())) {
            return;
        }
        // the cache must never show a version whose transaction could still roll back
        if (CurrentUnitOfWork.isStarted()) {
            CurrentUnitOfWork.get().afterCommit(unitOfWork -> remember(published));
        } else {
            remember(published);
        }
    }

    private synchronized void remember(CalendarYearPublishedEvent published) {
        CalendarHistory known = history;
        if (known == null || published.version() <= known.currentVersion()) {
            return;
        }
        // a gap means a publish was missed: forget everything and read the store again on next use
        history = published.version() == known.currentVersion() + 1 ? known.with(published) : null;
    }

    private CalendarHistory history() {
        CalendarHistory known = history;
        if (known != null) {
            return known;
        }
        synchronized (this) {
            if (history == null) {
                history = loadFromEventStore();
            }
            return history;
        }
    }

    private CalendarHistory loadFromEventStore() {
        // from sequence 0, so a snapshot of the aggregate could never hide earlier versions
        return CalendarHistory.of(eventStore
                .readEvents(calendarId, 0L)
                .asStream()
                .map(message -> message.getPayload())
                .filter(CalendarYearPublishedEvent.class::isInstance)
                .map(CalendarYearPublishedEvent.class::cast)
                .toList());
    }

    private Deadline deadline(CalendarSnapshot calendar, LocalDate startDay, int workingDays) {
        LocalDate due = calendar.workingDayAfter(startDay, workingDays);
        warnIfUnpublished(calendar, startDay, due);
        return new Deadline(due, workingDays, calendar.version());
    }

    private void warnIfUnpublished(CalendarSnapshot calendar, LocalDate from, LocalDate to) {
        for (int year = Math.min(from.getYear(), to.getYear());
                year <= Math.max(from.getYear(), to.getYear());
                year++) {
            if (!calendar.isPublished(year) && yearsWarnedAbout.add(year)) {
                log.warn(
                        "No holiday arrangement published for {} in calendar {} version {}: counting Monday to Friday",
                        year,
                        calendarId,
                        calendar.version());
            }
        }
    }
}
