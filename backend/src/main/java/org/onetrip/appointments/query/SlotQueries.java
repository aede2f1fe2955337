package org.onetrip.appointments.query;

import org.axonframework.eventsourcing.eventstore.EventStore;
import org.springframework.stereotype.Component;

/** What the event store says about slots; lists of slots are the read side's (projections). */
@Component
public class SlotQueries {

    private final EventStore eventStore;

    public SlotQueries(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    public boolean exists(String slotId) {
        return slotId != null
                && slotId.length() <= 64
                && eventStore.readEvents(slotId).hasNext();
    }
}
