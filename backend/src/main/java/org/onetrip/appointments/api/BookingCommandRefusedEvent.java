package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;

public record BookingCommandRefusedEvent(
        String bookingId, EventContext context, String command, AppointmentRefusalReason reason, String detail)
        implements AppointmentEvent {}
