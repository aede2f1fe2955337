package org.onetrip.disclosure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * Publishes a new version of a published item. The change note is mandatory; flagged vague wording
 * needs {@code vagueWordingAcknowledgement}, the editor's reason for keeping it.
 */
public record ReviseServiceItemCommand(
        @TargetAggregateIdentifier String itemCode,
        Actor actor,
        Channel channel,
        ServiceItemContent content,
        String changeNote,
        String vagueWordingAcknowledgement,
        @TargetAggregateVersion Long expectedVersion)
        implements ServiceItemCommand {}
