package org.onetrip.shared.command;

import java.time.Clock;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;

/** Stamps new events with an id and the time; injected into command handlers as a resource. */
public record EventContexts(Clock clock, EventIds ids) {
    public EventContext of(Actor actor, Channel channel) {
        return new EventContext(ids.next(), actor, channel, clock.instant());
    }
}
