package org.onetrip.appointments.api;

import org.onetrip.cases.api.ReceiptCode;

/**
 * A booking's id is derived from its code by SHA-256, so a code finds its booking without a registry
 * table while the id, which staff lists show, never reveals the code (80 random bits behind a one-way hash).
 */
public final class BookingIds {

    private BookingIds() {}

    public static String of(ReceiptCode bookingCode) {
        return "bk-" + bookingCode.digest("onetrip-booking").substring(0, 32);
    }
}
