package org.onetrip.disclosure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Publishes a corrected text; the original and every earlier correction stay visible. */
public record CorrectNoticeCommand(
        @TargetAggregateIdentifier String noticeId,
        Actor actor,
        Channel channel,
        String title,
        String body,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
