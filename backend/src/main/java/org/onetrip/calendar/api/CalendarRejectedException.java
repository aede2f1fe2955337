package org.onetrip.calendar.api;

/** A calendar command broke a rule; nothing was published. */
public class CalendarRejectedException extends IllegalArgumentException {

    public CalendarRejectedException(String message) {
        super(message);
    }
}
