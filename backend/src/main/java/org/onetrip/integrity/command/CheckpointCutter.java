package org.onetrip.integrity.command;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.onetrip.integrity.api.IntegrityCheckpoints;
import org.onetrip.integrity.api.PublishIntegrityCheckpointCommand;
import org.onetrip.integrity.api.PublishedCheckpoint;
import org.onetrip.integrity.query.IntegrityVerifier;
import org.onetrip.shared.api.Actor;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Cuts the next checkpoint: the period runs from where the last one ended to now minus a settling
 * time, so an event stamped just before the cut but committed just after it is not left out.
 */
@Component
public class CheckpointCutter {

    private final CommandGateway commands;
    private final IntegrityVerifier verifier;
    private final Clock clock;
    private final Duration settle;

    public CheckpointCutter(
            CommandGateway commands,
            IntegrityVerifier verifier,
            Clock clock,
            @Value("${onetrip.integrity.checkpoint.settle:PT1M}") Duration settle) {
        this.commands = commands;
        this.verifier = verifier;
        this.clock = clock;
        this.settle = settle;
    }

    public Optional<PublishedCheckpoint> cut(Actor actor) {
        var ledger = verifier.publishedCheckpoints();
        Instant start =
                ledger.isEmpty() ? Instant.EPOCH : ledger.get(ledger.size() - 1).periodEnd();
        Instant end = clock.instant().minus(settle);
        if (!end.isAfter(start)) {
            return Optional.empty();
        }
        var root = verifier.rootOf(start, end);
        commands.sendAndWait(new PublishIntegrityCheckpointCommand(
                IntegrityCheckpoints.LEDGER_ID, actor, start, end, root.count(), root.rootHex()));
        var published = verifier.checkpointLedger();
        return Optional.of(published.get(published.size() - 1));
    }
}
