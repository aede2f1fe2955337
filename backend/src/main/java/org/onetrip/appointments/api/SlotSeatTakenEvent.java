package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;

/** A booking holds seat {@code seat} (1, 2, …) of the slot: the desk calls it as the booking's number. */
public record SlotSeatTakenEvent(String slotId, EventContext context, String bookingId, int seat)
        implements SlotEvent {}
