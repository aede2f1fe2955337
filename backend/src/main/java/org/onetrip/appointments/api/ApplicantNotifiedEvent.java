package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.NotificationChannel;

/** A notification about {@code sourceEventId} was handed to {@code channel}; what it said is not kept. */
public record ApplicantNotifiedEvent(
        String bookingId, EventContext context, String sourceEventId, String topic, NotificationChannel channel)
        implements AppointmentEvent {}
