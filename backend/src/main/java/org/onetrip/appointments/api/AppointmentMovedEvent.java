package org.onetrip.appointments.api;

import java.time.LocalDate;
import java.time.LocalTime;
import org.onetrip.shared.api.EventContext;

public record AppointmentMovedEvent(
        String bookingId,
        EventContext context,
        String fromSlotId,
        String toSlotId,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        int seat)
        implements AppointmentEvent {}
