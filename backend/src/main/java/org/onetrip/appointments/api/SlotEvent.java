package org.onetrip.appointments.api;

import org.onetrip.shared.api.EventContext;

/** Every fact about a published slot names the slot and carries its provenance. */
public interface SlotEvent {
    String slotId();

    EventContext context();
}
