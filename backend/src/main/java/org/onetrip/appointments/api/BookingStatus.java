package org.onetrip.appointments.api;

public enum BookingStatus {
    BOOKED,
    ARRIVED,
    SERVED,
    NO_SHOW,
    CANCELLED;

    public boolean isFinal() {
        return this == SERVED || this == NO_SHOW || this == CANCELLED;
    }
}
