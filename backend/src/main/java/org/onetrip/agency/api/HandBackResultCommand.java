package org.onetrip.agency.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** The agent hands the result, and the materials to be returned, back to the citizen. */
public record HandBackResultCommand(
        @TargetAggregateIdentifier String requestId,
        Actor actor,
        Channel channel,
        AgencyResult result,
        String note,
        List<String> materialsReturned) {}
