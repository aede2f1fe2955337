package org.onetrip.enterprise.api;

import org.onetrip.cases.api.ReceiptCode;

/**
 * An enterprise's access code has the receipt code's form (80 random bits and a check symbol) and is
 * kept only as the SHA-256 of its canonical form, so no event, index or list holds the code itself.
 */
public final class AccessCodes {

    private AccessCodes() {}

    public static String hash(ReceiptCode code) {
        return code.digest("enterprise");
    }
}
