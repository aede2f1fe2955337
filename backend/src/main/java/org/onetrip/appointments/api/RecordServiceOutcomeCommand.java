package org.onetrip.appointments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** The desk's record of how the matter went; {@code MORE_THAN_ONE_TRIP} needs a reason and a note. */
public record RecordServiceOutcomeCommand(
        @TargetAggregateIdentifier String bookingId,
        Actor actor,
        Channel channel,
        ServiceOutcome outcome,
        ExtraTripReason reason,
        String note) {

    public static final int MAX_NOTE = 2000;
}
