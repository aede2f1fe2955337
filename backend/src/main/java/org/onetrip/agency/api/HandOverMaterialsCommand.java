package org.onetrip.agency.api;

import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** The agent receives the citizen's materials, listed one by one, with the citizen's recorded consent. */
public record HandOverMaterialsCommand(
        @TargetAggregateIdentifier String requestId,
        Actor actor,
        Channel channel,
        List<String> materials,
        ConsentMethod consent,
        String consentNote) {

    public static final int MAX_MATERIALS = 40;
    public static final int MAX_MATERIAL = 200;
}
