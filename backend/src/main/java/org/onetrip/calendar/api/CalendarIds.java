package org.onetrip.calendar.api;

public final class CalendarIds {

    /** The State Council's nationwide arrangement, which every deadline in the township counts on. */
    public static final String NATIONAL = "CN";

    private CalendarIds() {}
}
