package org.onetrip.appointments.api;

import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** Moves a booking to another slot of the same zone; the old seat is freed in the same transaction. */
public record MoveAppointmentCommand(String bookingId, Actor actor, Channel channel, String toSlotId) {}
