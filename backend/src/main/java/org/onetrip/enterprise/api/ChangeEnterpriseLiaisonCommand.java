package org.onetrip.enterprise.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Pairs the enterprise with another liaison cadre, with a reason. */
public record ChangeEnterpriseLiaisonCommand(
        @TargetAggregateIdentifier String enterpriseId, Actor actor, Channel channel, String personId, String reason)
        implements EnterpriseCommand {}
