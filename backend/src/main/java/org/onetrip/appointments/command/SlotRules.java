package org.onetrip.appointments.command;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Set;
import org.onetrip.appointments.api.AppointmentRefusalReason;
import org.onetrip.appointments.api.AppointmentRefusedException;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;

/**
 * The rules of a slot's times and size: the slot checks them as it opens, and a publication of many
 * slots checks every one of them before it opens any, so a publication that breaks one opens none.
 */
public final class SlotRules {

    public static final int MAX_CAPACITY = 50;

    private SlotRules() {}

    public static void checkTimes(LocalTime start, LocalTime end) {
        if (start == null || end == null) {
            throw new InvalidCommandException("end", "a slot needs a start and an end");
        }
        if (!end.isAfter(start)) {
            throw new InvalidCommandException("end", "a slot must end after it starts");
        }
    }

    public static void checkCapacity(int capacity) {
        if (capacity < 1 || capacity > MAX_CAPACITY) {
            throw new InvalidCommandException("capacity", "capacity must be between 1 and " + MAX_CAPACITY);
        }
    }

    static final Set<Role> PUBLISHERS = Set.of(Role.INTAKE, Role.ADMIN);

    /** The service centre and administrators publish slots; a refusal even when every slot asked for exists. */
    public static void checkPublisher(Actor actor) {
        if (!PUBLISHERS.contains(actor.role())) {
            throw new AppointmentRefusedException(
                    AppointmentRefusalReason.ROLE_NOT_ALLOWED, actor.role() + " may not publish slots");
        }
    }

    /** A slot is opened only before it begins, by the hall's clock. */
    public static void checkStartsAfter(LocalDate date, LocalTime start, Instant now) {
        if (!startsAfter(date, start, now)) {
            throw new AppointmentRefusedException(
                    AppointmentRefusalReason.SLOT_IN_PAST, "a slot must start in the future");
        }
    }

    static boolean startsAfter(LocalDate date, LocalTime start, Instant now) {
        return LocalDateTime.of(date, start).isAfter(LocalDateTime.ofInstant(now, WorkingDays.ZONE));
    }
}
