package org.onetrip.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** The intake desk keeps a case's handling result off the public pages (不予公开), for the reason given, e.g. it names a person; the filer still reads it on the tracking page. */
public record WithholdResultCommand(
        @TargetAggregateIdentifier String caseId,
        Actor actor,
        Channel channel,
        String reason,
        @TargetAggregateVersion Long expectedVersion)
        implements CaseCommand {}
