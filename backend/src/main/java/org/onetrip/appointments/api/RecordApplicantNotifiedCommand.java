package org.onetrip.appointments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.NotificationChannel;

/** Puts on the booking's timeline that a notification went out; never its content. */
public record RecordApplicantNotifiedCommand(
        @TargetAggregateIdentifier String bookingId,
        Actor actor,
        String sourceEventId,
        String topic,
        NotificationChannel channel) {}
