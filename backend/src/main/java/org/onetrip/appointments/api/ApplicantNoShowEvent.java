package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;

public record ApplicantNoShowEvent(String bookingId, EventContext context) implements AppointmentEvent {}
