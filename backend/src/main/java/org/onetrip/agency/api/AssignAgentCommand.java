package org.onetrip.agency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Names the agent (代办员); the centre names anyone, a department's staff member only themself. */
public record AssignAgentCommand(
        @TargetAggregateIdentifier String requestId,
        Actor actor,
        Channel channel,
        String agentPersonId,
        String agentDepartmentCode) {

    /** A person id or department code: any longer is no code of ours, and is not stored in a refusal. */
    public static final int MAX_CODE = 64;
}
