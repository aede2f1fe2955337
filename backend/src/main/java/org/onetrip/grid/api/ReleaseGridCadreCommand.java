package org.onetrip.grid.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Leaves one of the grid's posts empty, with a reason. */
public record ReleaseGridCadreCommand(
        @TargetAggregateIdentifier String gridId, Actor actor, Channel channel, GridCadreRole role, String reason)
        implements GridCommand {}
