package org.onetrip.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * The discipline office decides, with a reason, whether the department complained about may handle the
 * case itself ({@code permitted}) or must not; a later decision replaces an earlier one.
 */
public record DecideConflictOfInterestCommand(
        @TargetAggregateIdentifier String caseId,
        Actor actor,
        Channel channel,
        boolean permitted,
        String reason,
        @TargetAggregateVersion Long expectedVersion)
        implements CaseCommand {}
