package org.onetrip.disclosure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Starts a service item as a draft; {@code itemCode} (e.g. "MZ-001") is its public service code. */
public record CreateServiceItemDraftCommand(
        @TargetAggregateIdentifier String itemCode, Actor actor, Channel channel, ServiceItemContent content) {}
