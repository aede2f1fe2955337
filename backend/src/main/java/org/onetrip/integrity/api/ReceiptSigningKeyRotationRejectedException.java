package org.onetrip.integrity.api;

import java.util.Objects;

/** A rotation of the receipt-signing key was refused and nothing changed; the message is English, for the log. */
public class ReceiptSigningKeyRotationRejectedException extends RuntimeException {

    private final ReceiptKeyRotationRefusalReason reason;

    public ReceiptSigningKeyRotationRejectedException(ReceiptKeyRotationRefusalReason reason, String message) {
        super(message);
        this.reason = Objects.requireNonNull(reason);
    }

    public ReceiptKeyRotationRefusalReason reason() {
        return reason;
    }
}
