package org.onetrip.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * The discipline office records that it has looked at an allegation against staff and what it found,
 * without opening supervision (that is {@link OpenSupervisionCommand}).
 */
public record ReviewAllegationCommand(
        @TargetAggregateIdentifier String caseId,
        Actor actor,
        Channel channel,
        String finding,
        @TargetAggregateVersion Long expectedVersion)
        implements CaseCommand {}
