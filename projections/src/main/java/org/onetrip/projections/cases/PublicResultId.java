package org.onetrip.projections.cases;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The public identifier of a published handling result: {@code R-} and 12 Crockford base-32 symbols of a
 * SHA-256 of the case id. Derived, so a replay gives every result the same identifier again; one-way and
 * unrelated to the receipt code (which is random), so it names the result without opening the case.
 */
public final class PublicResultId {

    private static final String ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    private static final int SYMBOLS = 12;

    private PublicResultId() {}

    public static String of(String caseId) {
        byte[] digest;
        try {
            digest = MessageDigest.getInstance("SHA-256")
                    .digest(("onetrip-public-result:" + caseId).getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
        var id = new StringBuilder("R-");
        long bits = 0;
        for (int i = 0; i < 8; i++) {
            bits = (bits << 8) | (digest[i] & 0xff);
        }
        for (int i = 0; i < SYMBOLS; i++) {
            id.append(ALPHABET.charAt((int) ((bits >>> (64 - 5 * (i + 1))) & 31)));
        }
        return id.toString();
    }
}
