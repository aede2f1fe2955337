package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;

public record SlotSeatReleasedEvent(String slotId, EventContext context, String bookingId) implements SlotEvent {}
