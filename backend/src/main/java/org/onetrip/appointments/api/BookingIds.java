package org.onetrip.appointments.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.onetrip.cases.api.ReceiptCode;

/**
 * A booking's id is derived from its code by SHA-256, so a code finds its booking without a registry
 * table while the id, which staff lists show, never reveals the code (80 random bits behind a one-way hash).
 */
public final class BookingIds {

    private BookingIds() {}

    public static String of(ReceiptCode bookingCode) {
        return "bk-" + hash("onetrip-booking:" + bookingCode.value());
    }

    static String hash(String text) {
        try {
            var digest = MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
