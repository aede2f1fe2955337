package org.onetrip.agency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

public record CancelAgencyRequestCommand(
        @TargetAggregateIdentifier String requestId, Actor actor, Channel channel, String reason) {}
