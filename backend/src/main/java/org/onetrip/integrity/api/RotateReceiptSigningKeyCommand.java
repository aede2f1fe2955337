package org.onetrip.integrity.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;

/**
 * Records that the receipt-signing key {@code retiredKeyId} gave way to {@code newKeyId} of {@code newGeneration}.
 * The keys themselves live in the shared database (table {@code receipt_signing_key}); the command carries ids only.
 */
public record RotateReceiptSigningKeyCommand(
        @TargetAggregateIdentifier String ringId,
        Actor actor,
        String retiredKeyId,
        int retiredGeneration,
        String newKeyId,
        int newGeneration) {}
