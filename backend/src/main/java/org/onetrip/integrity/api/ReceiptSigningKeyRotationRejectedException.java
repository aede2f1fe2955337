package org.onetrip.integrity.api;

public class ReceiptSigningKeyRotationRejectedException extends RuntimeException {
    public ReceiptSigningKeyRotationRejectedException(String message) {
        super(message);
    }
}
