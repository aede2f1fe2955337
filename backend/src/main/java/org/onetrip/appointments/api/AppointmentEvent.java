package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;

/** Every fact about a booking names the booking and carries its provenance. */
public interface AppointmentEvent {
    String bookingId();

    EventContext context();
}
