package org.onetrip.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Decrypts the complainant's contact data for one staff member, recording who looked and why. */
public record ViewComplainantContactCommand(
        @TargetAggregateIdentifier String caseId,
        Actor actor,
        Channel channel,
        String reason,
        @TargetAggregateVersion Long expectedVersion)
        implements CaseCommand {

    public static final int MAX_REASON_LENGTH = 200;
}
