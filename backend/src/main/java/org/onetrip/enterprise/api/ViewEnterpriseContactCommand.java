package org.onetrip.enterprise.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Reveals the contact person's data to its liaison cadre, the desk or the discipline office; recorded with the reason. */
public record ViewEnterpriseContactCommand(
        @TargetAggregateIdentifier String enterpriseId, Actor actor, Channel channel, String reason)
        implements EnterpriseCommand {}
