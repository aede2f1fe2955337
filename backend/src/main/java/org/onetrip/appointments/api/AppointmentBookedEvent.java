package org.onetrip.appointments.api;

import java.time.LocalDate;
import java.time.LocalTime;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.shared.api.EventContext;

/**
 * A booking. {@code bookingCode} is the applicant's key (like a receipt code): no list, index or log
 * carries it. The applicant's contact is stored only encrypted (null when none was given).
 */
public record AppointmentBookedEvent(
        String bookingId,
        EventContext context,
        String bookingCode,
        String slotId,
        LocalDate date,
        LocalTime start,
        LocalTime end,
        int seat,
        BookedItem item,
        EncryptedContact applicant)
        implements AppointmentEvent {}
