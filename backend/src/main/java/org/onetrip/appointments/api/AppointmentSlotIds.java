package org.onetrip.appointments.api;

import java.time.LocalDate;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import org.onetrip.disclosure.api.HallZone;

/** A slot's id says what it is: {@code slot-2026-10-03-MINZHENG-0900}, so publishing it twice is one slot. */
public final class AppointmentSlotIds {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HHmm");

    private AppointmentSlotIds() {}

    public static String of(LocalDate date, HallZone zone, LocalTime start) {
        return "slot-" + date + "-" + zone.name() + "-" + TIME.format(start);
    }
}
