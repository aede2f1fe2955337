package org.onetrip.agency.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.NotificationChannel;

public record RecordRequesterNotifiedCommand(
        @TargetAggregateIdentifier String requestId,
        Actor actor,
        String sourceEventId,
        String topic,
        NotificationChannel channel) {}
