package org.onetrip.enterprise.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.onetrip.cases.api.ReceiptCode;

/**
 * An enterprise's access code has the receipt code's form (80 random bits and a check symbol) and is
 * kept only as the SHA-256 of its canonical form, so no event, index or list holds the code itself.
 */
public final class AccessCodes {

    private AccessCodes() {}

    public static String hash(ReceiptCode code) {
        try {
            var digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of()
                    .formatHex(digest.digest(("enterprise:" + code.value()).getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
