package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;

/** A staff command on a slot that broke a rule, kept so an auditor sees attempts as well as acts. */
public record SlotCommandRefusedEvent(
        String slotId, EventContext context, String command, AppointmentRefusalReason reason, String detail)
        implements SlotEvent {}
