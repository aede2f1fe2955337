package org.onetrip.integrity.receipt;

import org.axonframework.commandhandling.gateway.CommandGateway;
import org.onetrip.integrity.api.ReceiptKeyRotationRefusalReason;
import org.onetrip.integrity.api.ReceiptSigningKeyRotationRejectedException;
import org.onetrip.integrity.api.RotateReceiptSigningKeyCommand;
import org.onetrip.integrity.command.ReceiptSigningKeyRing;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The administrator's rotation of the receipt-signing key: the new key row, the retirement of the old one and the
 * {@code ReceiptSigningKeyRotatedEvent} are written in one transaction, so a refused rotation leaves no new key
 * behind (with the event store in the same database, as on the embedded default and on PostgreSQL).
 */
@Service
public class ReceiptKeyRotation {

    private final ReceiptKeys keys;
    private final CommandGateway commands;
    private final TransactionTemplate transaction;

    public ReceiptKeyRotation(ReceiptKeys keys, CommandGateway commands, PlatformTransactionManager transactions) {
        this.keys = keys;
        this.commands = commands;
        this.transaction = new TransactionTemplate(transactions);
    }

    public ReceiptKeys.Rotation rotate(Actor actor) {
        if (actor == null || actor.role() != Role.ADMIN) {
            throw new ReceiptSigningKeyRotationRejectedException(
                    ReceiptKeyRotationRefusalReason.NOT_ADMINISTRATOR, "only an administrator rotates the receipt key");
        }
        try {
            return transaction.execute(status -> {
                var rotation = keys.rotate();
                try {
                    commands.sendAndWait(new RotateReceiptSigningKeyCommand(
                            ReceiptSigningKeyRing.RING_ID,
                            actor,
                            rotation.retiredKeyId(),
                            rotation.retiredGeneration(),
                            rotation.newKeyId(),
                            rotation.newGeneration()));
                } catch (RuntimeException e) {
                    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
                        if (cause instanceof ReceiptSigningKeyRotationRejectedException rejected) {
                            throw rejected;
                        }
                    }
                    throw e;
                }
                return rotation;
            });
        } catch (DuplicateKeyException concurrent) {
            throw new ReceiptSigningKeyRotationRejectedException(
                    ReceiptKeyRotationRefusalReason.CONCURRENT_ROTATION,
                    "another rotation of the receipt key happened at the same moment; look at the published keys");
        }
    }
}
