package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;

/**
 * The applicant was served. A {@code MORE_THAN_ONE_TRIP} outcome counts in the bulletin against the
 * item's department, like a "more than one trip" complaint.
 */
public record AppointmentServedEvent(
        String bookingId,
        EventContext context,
        ServiceOutcome outcome,
        ExtraTripReason reason,
        String note,
        String serviceItemCode,
        String departmentCode)
        implements AppointmentEvent {}
