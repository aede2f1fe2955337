package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;

public record AppointmentSlotClosedEvent(String slotId, EventContext context, String reason) implements SlotEvent {}
