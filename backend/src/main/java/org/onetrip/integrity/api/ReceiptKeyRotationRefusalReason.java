package org.onetrip.integrity.api;

/** Which rule refused a rotation of the receipt-signing key; screens word it, the message stays English. */
public enum ReceiptKeyRotationRefusalReason {
    NOT_ADMINISTRATOR,
    KEYS_NOT_NAMED,
    SAME_KEY,
    KEY_ALREADY_USED,
    GENERATION_NOT_NEXT,
    CONCURRENT_ROTATION
}
