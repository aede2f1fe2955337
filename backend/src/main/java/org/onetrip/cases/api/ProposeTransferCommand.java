package org.onetrip.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** A department asks the intake desk to transfer (转办) the case it holds to another department. */
public record ProposeTransferCommand(
        @TargetAggregateIdentifier String caseId,
        Actor actor,
        Channel channel,
        String toDepartmentCode,
        String reason,
        @TargetAggregateVersion Long expectedVersion)
        implements CaseCommand {}
