package org.onetrip.integrity.api;

import java.time.Instant;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;

/** Publishes the Merkle root of every event stamped in [periodStart, periodEnd). */
public record PublishIntegrityCheckpointCommand(
        @TargetAggregateIdentifier String ledgerId,
        Actor actor,
        Instant periodStart,
        Instant periodEnd,
        long eventCount,
        String merkleRoot) {}
