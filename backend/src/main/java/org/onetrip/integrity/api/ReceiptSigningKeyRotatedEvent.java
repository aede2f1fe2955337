package org.onetrip.integrity.api;

import org.onetrip.shared.api.EventContext;

/**
 * The receipt-signing key in force changed. Ids and generations only: no key material, public or private, is
 * in an event. Receipts signed with {@code retiredKeyId} keep verifying with its published public key.
 */
public record ReceiptSigningKeyRotatedEvent(
        String ringId,
        EventContext context,
        String retiredKeyId,
        int retiredGeneration,
        String newKeyId,
        int newGeneration) {}
