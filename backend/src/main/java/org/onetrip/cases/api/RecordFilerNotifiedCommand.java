package org.onetrip.cases.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.NotificationChannel;

/** The notification outbox puts on the case's timeline that the filer was told about {@code sourceEventId}. */
public record RecordFilerNotifiedCommand(
        @TargetAggregateIdentifier String caseId,
        Actor actor,
        String sourceEventId,
        String topic,
        NotificationChannel channel) {}
