package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;

public record AppointmentCancelledEvent(String bookingId, EventContext context, String slotId, String reason)
        implements AppointmentEvent {}
