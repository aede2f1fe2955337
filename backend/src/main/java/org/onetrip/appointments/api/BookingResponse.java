package org.onetrip.appointments.api;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.shared.api.Channel;

/**
 * A booking as it stands: when and where, the seat number the desk calls, the item (and the catalogue
 * version whose notice of materials applies), and its history in public terms. Never contact data.
 */
public record BookingResponse(
        String bookingId,
        String bookingCode,
        BookingStatus status,
        String slotId,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        HallZone zone,
        int seat,
        BookedItem item,
        Channel bookedThrough,
        Instant bookedAt,
        ServiceOutcome outcome,
        ExtraTripReason extraTripReason,
        long version,
        List<Step> history) {

    /** One public step: what happened ({@code type} is the event's simple name) and when; {@code detail} is safe text. */
    public record Step(String type, Instant at, String detail) {}
}
