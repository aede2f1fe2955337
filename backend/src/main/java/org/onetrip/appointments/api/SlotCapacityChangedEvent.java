package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;

public record SlotCapacityChangedEvent(String slotId, EventContext context, int capacity) implements SlotEvent {}
