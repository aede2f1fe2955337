package org.onetrip.grid.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Renames a grid or redraws its area, with a reason; its visits and cadres stay. */
public record ReviseGridCommand(
        @TargetAggregateIdentifier String gridId, Actor actor, Channel channel, String name, String area, String reason)
        implements GridCommand {}
