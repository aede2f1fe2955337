package org.onetrip.disclosure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Replaces a draft's content; drafts are edited freely until first published. */
public record EditServiceItemDraftCommand(
        @TargetAggregateIdentifier String itemCode,
        Actor actor,
        Channel channel,
        ServiceItemContent content,
        @TargetAggregateVersion Long expectedVersion)
        implements ServiceItemCommand {}
