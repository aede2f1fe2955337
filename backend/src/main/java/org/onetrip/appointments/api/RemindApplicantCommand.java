package org.onetrip.appointments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Sent by the reminder schedule; a booking is reminded once, so a second run anywhere changes nothing. */
public record RemindApplicantCommand(
        @TargetAggregateIdentifier String bookingId, Actor actor, Channel channel) {}
