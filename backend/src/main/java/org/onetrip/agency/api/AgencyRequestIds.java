package org.onetrip.agency.api;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import org.onetrip.cases.api.ReceiptCode;

/** A request's id is a one-way hash of its tracking code: the code finds it, the id never reveals the code. */
public final class AgencyRequestIds {

    private AgencyRequestIds() {}

    public static String of(ReceiptCode trackingCode) {
        try {
            var digest = MessageDigest.getInstance("SHA-256")
                    .digest(("onetrip-agency:" + trackingCode.value()).getBytes(StandardCharsets.UTF_8));
            return "ag-" + HexFormat.of().formatHex(digest, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
