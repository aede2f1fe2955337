package org.onetrip.agency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** One step of the agent's work: submitted to a window, approved, fetched a certificate… */
public record RecordAgencyStepCommand(
        @TargetAggregateIdentifier String requestId, Actor actor, Channel channel, String step) {

    public static final int MAX_STEP = 2000;
}
