package org.onetrip.enterprise.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Erases the contact person's data on request (PIPL): the key is destroyed, the events stay. */
public record EraseEnterpriseContactCommand(
        @TargetAggregateIdentifier String enterpriseId, Actor actor, Channel channel, String reason)
        implements EnterpriseCommand {}
