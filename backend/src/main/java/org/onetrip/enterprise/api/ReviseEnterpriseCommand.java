package org.onetrip.enterprise.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Corrects an enterprise's name, sector or park, with a reason. */
public record ReviseEnterpriseCommand(
        @TargetAggregateIdentifier String enterpriseId,
        Actor actor,
        Channel channel,
        String name,
        EnterpriseSector sector,
        String park,
        String reason)
        implements EnterpriseCommand {}
