package org.onetrip.appointments.api;

/** Which days of a date range get slots, read from the working-day calendar. */
public enum SlotDays {
    /** Weekends and public holidays, make-up working days (调休) excluded: the 节假日 the seed speaks of. */
    NON_WORKING_DAYS,
    WORKING_DAYS,
    EVERY_DAY
}
