package org.onetrip.disclosure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Takes an item out of the catalogue; it stays visible as a tombstone with the reason. */
public record WithdrawServiceItemCommand(
        @TargetAggregateIdentifier String itemCode,
        Actor actor,
        Channel channel,
        String reason,
        @TargetAggregateVersion Long expectedVersion)
        implements ServiceItemCommand {}
