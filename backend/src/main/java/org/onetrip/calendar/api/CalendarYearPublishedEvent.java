package org.onetrip.calendar.api;

import java.time.LocalDate;
import java.util.List;
import org.onetrip.shared.api.EventContext;

/**
 * A year's arrangement as published. {@code version} counts publishes of this calendar (1, 2, 3…);
 * calendar version v is, for every year, the latest arrangement published at or before v.
 * Holidays and make-up working days are in date order.
 */
public record CalendarYearPublishedEvent(
        String calendarId,
        EventContext context,
        long version,
        int year,
        List<Holiday> holidays,
        List<LocalDate> makeUpWorkingDays,
        String source,
        String note) {

    public CalendarYearPublishedEvent {
        holidays = List.copyOf(holidays);
        makeUpWorkingDays = List.copyOf(makeUpWorkingDays);
    }
}
