package org.onetrip.appointments.application;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.onetrip.appointments.api.SlotDays;
import org.onetrip.disclosure.api.HallZone;

/** Slots for a zone over a date range: on the days the calendar selects, at each of the given times. */
public record SlotPublication(
        HallZone zone, LocalDate from, LocalDate to, SlotDays days, List<Window> windows, int capacity) {

    public static final int MAX_DAYS = 92;
    public static final int MAX_WINDOWS = 12;
    /** How far ahead slots are published: also keeps every date of the range well inside LocalDate's. */
    public static final int MAX_YEARS_AHEAD = 1;

    public record Window(LocalTime start, LocalTime end) {}

    /** How many slots were opened, and how many existed already and were left as they are. */
    public record Published(int opened, int alreadyOpen, List<LocalDate> days) {}
}
