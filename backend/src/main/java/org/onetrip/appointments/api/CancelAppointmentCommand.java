package org.onetrip.appointments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

public record CancelAppointmentCommand(
        @TargetAggregateIdentifier String bookingId, Actor actor, Channel channel, String reason) {}
