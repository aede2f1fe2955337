package org.onetrip.appointments.api;

import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * Books a seat in a slot for a catalogue item: the public online (portal, WeChat), or the desk for a
 * caller on the hotline. The booking's id is {@link BookingIds#of(ReceiptCode)} of its code.
 */
public record BookAppointmentCommand(
        Actor actor, Channel channel, ReceiptCode bookingCode, String slotId, BookedItem item, Applicant applicant) {

    public String bookingId() {
        return BookingIds.of(bookingCode);
    }
}
