package org.onetrip.agency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** The agent or the centre looks at the requester's name and phone, saying why; the view is recorded. */
public record ViewRequesterContactCommand(
        @TargetAggregateIdentifier String requestId, Actor actor, Channel channel, String reason) {

    public static final int MAX_REASON = 200;
}
