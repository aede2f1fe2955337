package org.onetrip.projections.appointments;

import java.time.Instant;
import java.time.LocalDate;

/** A published slot with its seats taken; {@code free} is derived. Nothing personal is in it. */
public class SlotDocument {
    public String slotId;
    public LocalDate date;
    public String zone;
    public String start;
    public String end;
    public Instant startsAt;
    public int capacity;
    public int booked;
    public boolean closed;
    public boolean workingDay;

    public int free() {
        return closed ? 0 : Math.max(0, capacity - booked);
    }
}
