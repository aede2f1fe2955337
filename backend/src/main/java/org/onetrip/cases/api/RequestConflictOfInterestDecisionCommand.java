package org.onetrip.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** The intake desk asks the discipline office whether the department complained about may handle the case. */
public record RequestConflictOfInterestDecisionCommand(
        @TargetAggregateIdentifier String caseId,
        Actor actor,
        Channel channel,
        String reason,
        @TargetAggregateVersion Long expectedVersion)
        implements CaseCommand {}
