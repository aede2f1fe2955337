package org.onetrip.calendar.api;

/** Which rule of the working-day calendar refused a publish; screens word it, the message stays English. */
public enum CalendarRefusalReason {
    NOT_ADMINISTRATOR,
    NO_SOURCE,
    NO_HOLIDAY,
    HOLIDAY_INCOMPLETE,
    HOLIDAY_TWICE,
    MAKE_UP_DAY_WITHOUT_DATE,
    MAKE_UP_DAY_TWICE,
    HOLIDAY_AND_MAKE_UP_DAY,
    MAKE_UP_DAY_NOT_WEEKEND,
    OUTSIDE_YEAR,
    NO_CHANGE
}
