package org.onetrip.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Destroys the key of the complainant's contact data (on request, or when the retention period ends). */
public record EraseComplainantContactCommand(
        @TargetAggregateIdentifier String caseId,
        Actor actor,
        Channel channel,
        String reason,
        @TargetAggregateVersion Long expectedVersion)
        implements CaseCommand {

    public static final int MAX_REASON_LENGTH = 500;
}
