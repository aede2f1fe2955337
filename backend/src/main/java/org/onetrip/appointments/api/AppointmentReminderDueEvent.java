package org.onetrip.appointments.api;

import java.time.LocalDate;
import java.time.LocalTime;
import org.onetrip.shared.api.EventContext;

/** The booking is near: the notification outbox sends the reminder from this event. */
public record AppointmentReminderDueEvent(String bookingId, EventContext context, LocalDate date, LocalTime start)
        implements AppointmentEvent {}
