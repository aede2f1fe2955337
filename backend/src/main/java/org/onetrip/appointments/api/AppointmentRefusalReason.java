package org.onetrip.appointments.api;

/** Why a slot or booking command was refused; the portal translates each as {@code appointments.refused.<name>}. */
public enum AppointmentRefusalReason {
    ROLE_NOT_ALLOWED,
    UNKNOWN_SLOT,
    SLOT_EXISTS,
    SLOT_CLOSED,
    SLOT_FULL,
    SLOT_IN_PAST,
    WRONG_ZONE,
    SAME_SLOT,
    BELOW_BOOKED,
    SLOT_HAS_BOOKINGS,
    WRONG_STATE,
    TOO_LATE,
    NOT_YET,
    ALREADY_REMINDED
}
