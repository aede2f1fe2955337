package org.onetrip.disclosure.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.axonframework.modelling.command.TargetAggregateVersion;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

public record RetractNoticeCommand(
        @TargetAggregateIdentifier String noticeId,
        Actor actor,
        Channel channel,
        String reason,
        @TargetAggregateVersion Long expectedVersion) {}
