package org.onetrip.appointments.api;

import java.time.LocalDate;
import java.time.LocalTime;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.shared.api.EventContext;

/** {@code workingDay} as the calendar said when the slot was published: false for weekends and holidays. */
public record AppointmentSlotOpenedEvent(
        String slotId,
        EventContext context,
        LocalDate date,
        HallZone zone,
        LocalTime start,
        LocalTime end,
        int capacity,
        boolean workingDay,
        long calendarVersion)
        implements SlotEvent {}
