package org.onetrip.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** The intake desk puts a withheld handling result back on the public pages, for the reason given. */
public record RepublishResultCommand(
        @TargetAggregateIdentifier String caseId,
        Actor actor,
        Channel channel,
        String reason,
        @TargetAggregateVersion Long expectedVersion)
        implements CaseCommand {}
