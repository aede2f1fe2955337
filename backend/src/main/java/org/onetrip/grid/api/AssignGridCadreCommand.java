package org.onetrip.grid.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * Puts a staff member into one of the grid's three posts; whoever held it before is released, with
 * the reason given, in the same step.
 */
public record AssignGridCadreCommand(
        @TargetAggregateIdentifier String gridId,
        Actor actor,
        Channel channel,
        GridCadreRole role,
        String personId,
        String reason)
        implements GridCommand {}
