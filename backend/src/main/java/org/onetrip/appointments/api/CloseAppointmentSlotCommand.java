package org.onetrip.appointments.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Takes a slot off the list; only while nobody holds a seat in it. */
public record CloseAppointmentSlotCommand(
        @TargetAggregateIdentifier String slotId, Actor actor, Channel channel, String reason) {}
