package org.onetrip.appointments.api;

import org.onetrip.shared.api.RefusalOutcome;

/** What a booking or slot command answers; a recorded refusal is an outcome, not an exception. */
public sealed interface AppointmentOutcome {

    record Done(BookingStatus status) implements AppointmentOutcome {}

    record Refused(AppointmentRefusalReason reason, String detail) implements AppointmentOutcome, RefusalOutcome {}
}
