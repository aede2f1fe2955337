package org.onetrip.integrity.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Instant;
import java.util.regex.Pattern;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateCreationPolicy;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.modelling.command.CreationPolicy;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.integrity.api.IntegrityCheckpointPublishedEvent;
import org.onetrip.integrity.api.IntegrityCheckpointRejectedException;
import org.onetrip.integrity.api.PublishIntegrityCheckpointCommand;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;

/**
 * The ledger of published checkpoints. Periods must follow each other without gap or overlap, so two
 * cuts racing each other cannot both be published.
 */
@Aggregate
public class IntegrityCheckpoint {

    private static final Pattern HEX_64 = Pattern.compile("[0-9a-f]{64}");

    @AggregateIdentifier
    private String ledgerId;

    private long number;
    private Instant lastPeriodEnd = Instant.EPOCH;
    private String lastRoot;

    protected IntegrityCheckpoint() {
        // for Axon
    }

    @CommandHandler
    @CreationPolicy(AggregateCreationPolicy.CREATE_IF_MISSING)
    public long handle(PublishIntegrityCheckpointCommand command, EventContexts contexts) {
        var actor = command.actor();
        if (actor == null || (actor.role() != Role.ADMIN && actor.role() != Role.SYSTEM)) {
            throw new IntegrityCheckpointRejectedException("only an administrator or the system publishes checkpoints");
        }
        if (command.periodStart() == null || !command.periodStart().equals(lastPeriodEnd)) {
            throw new IntegrityCheckpointRejectedException("the period must start where the last one ended ("
                    + lastPeriodEnd + "), not at " + command.periodStart());
        }
        if (command.periodEnd() == null || !command.periodEnd().isAfter(command.periodStart())) {
            throw new IntegrityCheckpointRejectedException("the period must end after it starts");
        }
        if (command.merkleRoot() == null
                || !HEX_64.matcher(command.merkleRoot()).matches()
                || command.eventCount() < 0) {
            throw new IntegrityCheckpointRejectedException("a root is 64 lower-case hex digits over a count of events");
        }
        apply(new IntegrityCheckpointPublishedEvent(
                command.ledgerId(),
                contexts.of(actor, actor.role() == Role.SYSTEM ? Channel.SYSTEM : Channel.WORKBENCH),
                number + 1,
                command.periodStart(),
                command.periodEnd(),
                command.eventCount(),
                command.merkleRoot(),
                lastRoot));
        return number;
    }

    @EventSourcingHandler
    void on(IntegrityCheckpointPublishedEvent event) {
        ledgerId = event.ledgerId();
        number = event.number();
        lastPeriodEnd = event.periodEnd();
        lastRoot = event.merkleRoot();
    }
}
