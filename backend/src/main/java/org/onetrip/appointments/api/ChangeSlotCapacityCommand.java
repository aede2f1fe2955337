package org.onetrip.appointments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

public record ChangeSlotCapacityCommand(
        @TargetAggregateIdentifier String slotId, Actor actor, Channel channel, int capacity) {}
