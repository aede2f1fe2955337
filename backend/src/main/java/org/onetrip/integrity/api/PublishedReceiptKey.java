package org.onetrip.integrity.api;

import java.time.Instant;

/**
 * A receipt-signing public key as published: {@code publicKey} is the X.509 SubjectPublicKeyInfo in base64. It
 * signed receipts from {@code validFrom} until {@code retiredAt} (null: it signs today's receipts). A retired key
 * stays published, so the receipts it signed keep verifying.
 */
public record PublishedReceiptKey(
        String keyId, int generation, String algorithm, String publicKey, Instant validFrom, Instant retiredAt) {

    public boolean inForce() {
        return retiredAt == null;
    }
}
