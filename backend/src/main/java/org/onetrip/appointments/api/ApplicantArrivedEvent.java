package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;

public record ApplicantArrivedEvent(String bookingId, EventContext context) implements AppointmentEvent {}
