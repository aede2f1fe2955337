package org.onetrip.appointments.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.appointments.api.AppointmentOutcome;
import org.onetrip.appointments.api.AppointmentRefusalReason;
import org.onetrip.appointments.api.AppointmentRefusedException;
import org.onetrip.appointments.api.AppointmentSlotClosedEvent;
import org.onetrip.appointments.api.AppointmentSlotIds;
import org.onetrip.appointments.api.AppointmentSlotOpenedEvent;
import org.onetrip.appointments.api.ChangeSlotCapacityCommand;
import org.onetrip.appointments.api.CloseAppointmentSlotCommand;
import org.onetrip.appointments.api.OpenAppointmentSlotCommand;
import org.onetrip.appointments.api.SlotCapacityChangedEvent;
import org.onetrip.appointments.api.SlotCommandRefusedEvent;
import org.onetrip.appointments.api.SlotSeatReleasedEvent;
import org.onetrip.appointments.api.SlotSeatTakenEvent;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;

/**
 * One published slot (时段) of a hall zone on one day, and who holds its seats. Capacity is enforced
 * here, so two people booking the last seat at once cannot both get it: the second is refused.
 */
@Aggregate
public class AppointmentSlot {

    public static final int MAX_REASON = 500;

    @AggregateIdentifier
    private String slotId;

    private LocalDate date;
    private HallZone zone;
    private LocalTime start;
    private LocalTime end;
    private int capacity;
    private boolean closed;
    private final Map<String, Integer> seats = new LinkedHashMap<>();

    protected AppointmentSlot() {}

    @CommandHandler
    public AppointmentSlot(OpenAppointmentSlotCommand command, EventContexts contexts, WorkingDays workingDays) {
        SlotRules.checkPublisher(command.actor());
        if (command.date() == null || command.zone() == null) {
            throw new InvalidCommandException("slot", "date and zone are required");
        }
        SlotRules.checkTimes(command.start(), command.end());
        SlotRules.checkCapacity(command.capacity());
        if (!AppointmentSlotIds.of(command.date(), command.zone(), command.start())
                .equals(command.slotId())) {
            throw new InvalidCommandException("slotId", "the slot id must name its date, zone and start");
        }
        var context = contexts.of(command.actor(), command.channel());
        SlotRules.checkStartsAfter(command.date(), command.start(), context.occurredAt());
        apply(new AppointmentSlotOpenedEvent(
                command.slotId(),
                context,
                command.date(),
                command.zone(),
                command.start(),
                command.end(),
                command.capacity(),
                workingDays.isWorkingDay(command.date()),
                workingDays.currentVersion()));
    }

    @CommandHandler
    public AppointmentOutcome handle(ChangeSlotCapacityCommand command, EventContexts contexts) {
        SlotRules.checkCapacity(command.capacity());
        var refusal = firstOf(
                publisher(command.actor()),
                closed ? refusal(AppointmentRefusalReason.SLOT_CLOSED, "the slot is closed") : null,
                command.capacity() < seats.size()
                        ? refusal(
                                AppointmentRefusalReason.BELOW_BOOKED,
                                seats.size() + " seats are booked; capacity cannot go below that")
                        : null);
        if (refusal != null) {
            return refuse(command, command.actor(), command.channel(), contexts, refusal);
        }
        apply(new SlotCapacityChangedEvent(
                slotId, contexts.of(command.actor(), command.channel()), command.capacity()));
        return new AppointmentOutcome.Done(null);
    }

    @CommandHandler
    public AppointmentOutcome handle(CloseAppointmentSlotCommand command, EventContexts contexts) {
        if (command.reason() == null || command.reason().isBlank()) {
            throw new InvalidCommandException("reason", "say why the slot is closed");
        }
        if (command.reason().length() > MAX_REASON) {
            throw new InvalidCommandException("reason", "reason must be at most " + MAX_REASON + " characters");
        }
        var refusal = firstOf(
                publisher(command.actor()),
                closed ? refusal(AppointmentRefusalReason.SLOT_CLOSED, "the slot is already closed") : null,
                seats.isEmpty()
                        ? null
                        : refusal(
                                AppointmentRefusalReason.SLOT_HAS_BOOKINGS,
                                seats.size() + " bookings hold seats: move or cancel them first"));
        if (refusal != null) {
            return refuse(command, command.actor(), command.channel(), contexts, refusal);
        }
        apply(new AppointmentSlotClosedEvent(
                slotId,
                contexts.of(command.actor(), command.channel()),
                command.reason().strip()));
        return new AppointmentOutcome.Done(null);
    }

    /** Gives the booking the lowest free seat, or refuses (not stored: the booking never came to be). */
    int takeSeat(String bookingId, HallZone itemZone, Actor actor, Channel channel, EventContexts contexts) {
        if (closed) {
            throw new AppointmentRefusedException(AppointmentRefusalReason.SLOT_CLOSED, "the slot is closed");
        }
        if (itemZone != zone) {
            throw new AppointmentRefusedException(
                    AppointmentRefusalReason.WRONG_ZONE, "the item is served in " + itemZone + ", the slot in " + zone);
        }
        if (!startsAfter(contexts.clock())) {
            throw new AppointmentRefusedException(AppointmentRefusalReason.SLOT_IN_PAST, "the slot has begun");
        }
        if (seats.size() >= capacity) {
            throw new AppointmentRefusedException(AppointmentRefusalReason.SLOT_FULL, "every seat is taken");
        }
        int seat = 1;
        while (seats.containsValue(seat)) {
            seat++;
        }
        apply(new SlotSeatTakenEvent(slotId, contexts.of(actor, channel), bookingId, seat));
        return seat;
    }

    void releaseSeat(String bookingId, Actor actor, Channel channel, EventContexts contexts) {
        if (seats.containsKey(bookingId)) {
            apply(new SlotSeatReleasedEvent(slotId, contexts.of(actor, channel), bookingId));
        }
    }

    boolean startsAfter(Clock clock) {
        return SlotRules.startsAfter(date, start, clock.instant());
    }

    LocalDate date() {
        return date;
    }

    LocalTime start() {
        return start;
    }

    LocalTime end() {
        return end;
    }

    HallZone zone() {
        return zone;
    }

    String slotId() {
        return slotId;
    }

    @EventSourcingHandler
    void on(AppointmentSlotOpenedEvent event) {
        slotId = event.slotId();
        date = event.date();
        zone = event.zone();
        start = event.start();
        end = event.end();
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(SlotCapacityChangedEvent event) {
        capacity = event.capacity();
    }

    @EventSourcingHandler
    void on(AppointmentSlotClosedEvent event) {
        closed = true;
    }

    @EventSourcingHandler
    void on(SlotSeatTakenEvent event) {
        seats.put(event.bookingId(), event.seat());
    }

    @EventSourcingHandler
    void on(SlotSeatReleasedEvent event) {
        seats.remove(event.bookingId());
    }

    private static AppointmentOutcome.Refused publisher(Actor actor) {
        return SlotRules.PUBLISHERS.contains(actor.role())
                ? null
                : refusal(AppointmentRefusalReason.ROLE_NOT_ALLOWED, actor.role() + " may not change slots");
    }

    private static AppointmentOutcome.Refused refusal(AppointmentRefusalReason reason, String detail) {
        return new AppointmentOutcome.Refused(reason, detail);
    }

    private static AppointmentOutcome.Refused firstOf(AppointmentOutcome.Refused... candidates) {
        for (var candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private AppointmentOutcome refuse(
            Object command, Actor actor, Channel channel, EventContexts contexts, AppointmentOutcome.Refused refusal) {
        if (!actor.role().isStaff() || actor.role() == Role.SYSTEM) {
            throw new AppointmentRefusedException(refusal.reason(), refusal.detail());
        }
        apply(new SlotCommandRefusedEvent(
                slotId,
                contexts.of(actor, channel),
                command.getClass().getSimpleName(),
                refusal.reason(),
                refusal.detail()));
        return refusal;
    }
}
