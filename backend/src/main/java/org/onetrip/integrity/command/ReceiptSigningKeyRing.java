package org.onetrip.integrity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.integrity.api.ReceiptKeyRotationRefusalReason;
import org.onetrip.integrity.api.ReceiptSigningKeyRotatedEvent;
import org.onetrip.integrity.api.ReceiptSigningKeyRotationRejectedException;
import org.onetrip.integrity.api.RotateReceiptSigningKeyCommand;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;

/**
 * The history of receipt-signing key rotations. Only an administrator rotates; generations only go up, and a key
 * once retired never signs again, so a replayed or stale rotation cannot bring an old key back.
 */
@Aggregate
public class ReceiptSigningKeyRing {

    public static final String RING_ID = "receipt-signing-keys";

    @AggregateIdentifier
    private String ringId;

    private int generation;
    private String lastNew;
    private final Set<String> retired = new HashSet<>();

    protected ReceiptSigningKeyRing() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public void handle(RotateReceiptSigningKeyCommand command, EventContexts contexts) {
        var actor = command.actor();
        if (actor == null || actor.role() != Role.ADMIN) {
            throw new ReceiptSigningKeyRotationRejectedException(
                    ReceiptKeyRotationRefusalReason.NOT_ADMINISTRATOR, "only an administrator rotates the receipt key");
        }
        if (blank(command.retiredKeyId()) || blank(command.newKeyId())) {
            throw new ReceiptSigningKeyRotationRejectedException(
                    ReceiptKeyRotationRefusalReason.KEYS_NOT_NAMED, "a rotation names the retired and the new key");
        }
        if (command.newKeyId().equals(command.retiredKeyId())) {
            throw new ReceiptSigningKeyRotationRejectedException(
                    ReceiptKeyRotationRefusalReason.SAME_KEY, "the new key must differ from the retired one");
        }
        if (retired.contains(command.newKeyId()) || command.newKeyId().equals(lastNew)) {
            throw new ReceiptSigningKeyRotationRejectedException(
                    ReceiptKeyRotationRefusalReason.KEY_ALREADY_USED, "a key already used cannot be brought back");
        }
        if (command.retiredGeneration() < 1
                || command.newGeneration() <= command.retiredGeneration()
                || command.newGeneration() <= generation) {
            throw new ReceiptSigningKeyRotationRejectedException(
                    ReceiptKeyRotationRefusalReason.GENERATION_NOT_NEXT,
                    "the new key's generation must follow the last one (" + generation + "), not "
                            + command.newGeneration());
        }
        apply(new ReceiptSigningKeyRotatedEvent(
                command.ringId(),
                contexts.of(actor, Channel.WORKBENCH),
                command.retiredKeyId(),
                command.retiredGeneration(),
                command.newKeyId(),
                command.newGeneration()));
    }

    @EventSourcingHandler
    void on(ReceiptSigningKeyRotatedEvent event) {
        ringId = event.ringId();
        generation = event.newGeneration();
        retired.add(event.retiredKeyId());
        lastNew = event.newKeyId();
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
