package org.onetrip.appointments.command;

import static org.axonframework.modelling.command.AggregateLifecycle.apply;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.HashSet;
import java.util.Set;
import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.eventsourcing.EventSourcingHandler;
import org.axonframework.modelling.command.AggregateIdentifier;
import org.axonframework.spring.stereotype.Aggregate;
import org.onetrip.appointments.api.ApplicantArrivedEvent;
import org.onetrip.appointments.api.ApplicantNoShowEvent;
import org.onetrip.appointments.api.ApplicantNotifiedEvent;
import org.onetrip.appointments.api.AppointmentBookedEvent;
import org.onetrip.appointments.api.AppointmentCancelledEvent;
import org.onetrip.appointments.api.AppointmentMovedEvent;
import org.onetrip.appointments.api.AppointmentOutcome;
import org.onetrip.appointments.api.AppointmentOutcome.Done;
import org.onetrip.appointments.api.AppointmentOutcome.Refused;
import org.onetrip.appointments.api.AppointmentRefusalReason;
import org.onetrip.appointments.api.AppointmentRefusedException;
import org.onetrip.appointments.api.AppointmentReminderDueEvent;
import org.onetrip.appointments.api.AppointmentServedEvent;
import org.onetrip.appointments.api.BookAppointmentCommand;
import org.onetrip.appointments.api.BookedItem;
import org.onetrip.appointments.api.BookingCommandRefusedEvent;
import org.onetrip.appointments.api.BookingStatus;
import org.onetrip.appointments.api.RecordApplicantNotifiedCommand;
import org.onetrip.appointments.api.RecordArrivalCommand;
import org.onetrip.appointments.api.RecordNoShowCommand;
import org.onetrip.appointments.api.RecordServiceOutcomeCommand;
import org.onetrip.appointments.api.RemindApplicantCommand;
import org.onetrip.appointments.api.ServiceOutcome;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;

/**
 * One booking (预约) from booked to served, no-show or cancelled. Seats belong to {@link AppointmentSlot};
 * {@link BookingHandler} changes both in one unit of work. A staff command that breaks a rule is stored
 * as a {@link BookingCommandRefusedEvent}; the public's and the system's refused attempts are not.
 */
@Aggregate
public class Booking {

    /** Who may book for whom, and through which channel. */
    static final Set<Channel> PUBLIC_CHANNELS = Set.of(Channel.PORTAL, Channel.WECHAT);

    static final Set<Channel> DESK_CHANNELS = Set.of(Channel.HOTLINE, Channel.WINDOW, Channel.WECHAT);

    @AggregateIdentifier
    private String bookingId;

    private BookingStatus status;
    private String slotId;
    private LocalDate date;
    private LocalTime start;
    private LocalTime end;
    private BookedItem item;
    private boolean reminded;
    private final Set<String> notified = new HashSet<>();

    protected Booking() {}

    Booking(
            BookAppointmentCommand command,
            AppointmentSlot slot,
            int seat,
            EventContexts contexts,
            ContactVault vault) {
        var contact = command.applicant() == null ? null : command.applicant().contact();
        apply(new AppointmentBookedEvent(
                command.bookingId(),
                contexts.of(command.actor(), command.channel()),
                command.bookingCode().value(),
                slot.slotId(),
                slot.date(),
                slot.start(),
                slot.end(),
                seat,
                command.item(),
                contact == null || contact.isEmpty() ? null : vault.seal(command.bookingId(), contact)));
    }

    /** Checks a booking command before any seat is taken; refusals here are answered, not stored. */
    static void checkBooking(BookAppointmentCommand command) {
        var role = command.actor().role();
        boolean allowed = role == Role.PUBLIC
                ? PUBLIC_CHANNELS.contains(command.channel())
                : role == Role.INTAKE && DESK_CHANNELS.contains(command.channel());
        if (!allowed) {
            throw new AppointmentRefusedException(
                    AppointmentRefusalReason.ROLE_NOT_ALLOWED,
                    role + " may not book through " + command.channel()
                            + "; the public books online, the desk registers phone bookings");
        }
        if (command.item() == null
                || command.item().code() == null
                || command.item().hallZone() == null) {
            throw new InvalidCommandException("serviceItemCode", "a published service item is required");
        }
        if (command.bookingCode() == null) {
            throw new InvalidCommandException("bookingCode", "bookingCode is required");
        }
        var applicant = command.applicant();
        if (applicant == null || blank(applicant.name())) {
            throw new InvalidCommandException("applicant.name", "say who is coming");
        }
        if (blank(applicant.phone()) && blank(applicant.email()) && blank(applicant.wechatOpenId())) {
            throw new InvalidCommandException(
                    "applicant.phone", "a phone number or e-mail address is needed to confirm and remind");
        }
    }

    AppointmentOutcome cancel(
            Actor actor, Channel channel, String reason, AppointmentSlot slot, EventContexts contexts) {
        var refusal = firstOf(
                roleIn(actor, "cancel", Role.PUBLIC, Role.INTAKE),
                stateIn(BookingStatus.BOOKED),
                actor.role() == Role.PUBLIC && !slot.startsAfter(contexts.clock())
                        ? new Refused(AppointmentRefusalReason.TOO_LATE, "the slot has begun; ask the desk")
                        : null);
        if (refusal != null) {
            return refuse("CancelAppointmentCommand", actor, channel, contexts, refusal);
        }
        apply(new AppointmentCancelledEvent(bookingId, contexts.of(actor, channel), slotId, trimmed(reason)));
        return done();
    }

    AppointmentOutcome move(
            Actor actor, Channel channel, AppointmentSlot from, AppointmentSlot to, int seat, EventContexts contexts) {
        apply(new AppointmentMovedEvent(
                bookingId,
                contexts.of(actor, channel),
                from.slotId(),
                to.slotId(),
                to.date(),
                to.start(),
                to.end(),
                seat));
        return done();
    }

    /** What must hold before a move takes a seat in the new slot. */
    Refused checkMove(Actor actor, AppointmentSlot from, String toSlotId, EventContexts contexts) {
        return firstOf(
                roleIn(actor, "move", Role.PUBLIC, Role.INTAKE),
                stateIn(BookingStatus.BOOKED),
                slotId.equals(toSlotId)
                        ? new Refused(AppointmentRefusalReason.SAME_SLOT, "the booking is already in that slot")
                        : null,
                actor.role() == Role.PUBLIC && !from.startsAfter(contexts.clock())
                        ? new Refused(AppointmentRefusalReason.TOO_LATE, "the slot has begun; ask the desk")
                        : null);
    }

    AppointmentOutcome refuseMove(Actor actor, Channel channel, EventContexts contexts, Refused refusal) {
        return refuse("MoveAppointmentCommand", actor, channel, contexts, refusal);
    }

    @CommandHandler
    public AppointmentOutcome handle(RecordArrivalCommand command, EventContexts contexts) {
        var today = today(contexts);
        var refusal = firstOf(
                desk(command.actor(), "record an arrival"),
                stateIn(BookingStatus.BOOKED),
                today.isBefore(date)
                        ? new Refused(AppointmentRefusalReason.NOT_YET, "the booking is for " + date)
                        : null,
                today.isAfter(date)
                        ? new Refused(AppointmentRefusalReason.TOO_LATE, "the booking was for " + date)
                        : null);
        if (refusal != null) {
            return refuse(command, command.actor(), command.channel(), contexts, refusal);
        }
        apply(new ApplicantArrivedEvent(bookingId, contexts.of(command.actor(), command.channel())));
        return done();
    }

    @CommandHandler
    public AppointmentOutcome handle(RecordNoShowCommand command, EventContexts contexts) {
        var now = LocalDateTime.ofInstant(contexts.clock().instant(), WorkingDays.ZONE);
        var refusal = firstOf(
                desk(command.actor(), "record a no-show"),
                stateIn(BookingStatus.BOOKED),
                now.isBefore(LocalDateTime.of(date, end))
                        ? new Refused(AppointmentRefusalReason.NOT_YET, "the slot ends at " + end + " on " + date)
                        : null);
        if (refusal != null) {
            return refuse(command, command.actor(), command.channel(), contexts, refusal);
        }
        apply(new ApplicantNoShowEvent(bookingId, contexts.of(command.actor(), command.channel())));
        return done();
    }

    @CommandHandler
    public AppointmentOutcome handle(RecordServiceOutcomeCommand command, EventContexts contexts) {
        if (command.outcome() == null) {
            throw new InvalidCommandException("outcome", "say whether it was done in one trip");
        }
        if (command.note() != null && command.note().length() > RecordServiceOutcomeCommand.MAX_NOTE) {
            throw new InvalidCommandException(
                    "note", "note must be at most " + RecordServiceOutcomeCommand.MAX_NOTE + " characters");
        }
        if (command.outcome() == ServiceOutcome.MORE_THAN_ONE_TRIP
                && (command.reason() == null || blank(command.note()))) {
            throw new InvalidCommandException(
                    "reason", "a 跑多次 outcome needs its reason and a note saying what is missing");
        }
        var refusal = firstOf(desk(command.actor(), "record the outcome"), stateIn(BookingStatus.ARRIVED));
        if (refusal != null) {
            return refuse(command, command.actor(), command.channel(), contexts, refusal);
        }
        apply(new AppointmentServedEvent(
                bookingId,
                contexts.of(command.actor(), command.channel()),
                command.outcome(),
                command.outcome() == ServiceOutcome.MORE_THAN_ONE_TRIP ? command.reason() : null,
                trimmed(command.note()),
                item.code(),
                item.departmentCode()));
        return done();
    }

    @CommandHandler
    public AppointmentOutcome handle(RemindApplicantCommand command, EventContexts contexts) {
        var refusal = firstOf(
                roleIn(command.actor(), "remind", Role.SYSTEM),
                stateIn(BookingStatus.BOOKED),
                reminded ? new Refused(AppointmentRefusalReason.ALREADY_REMINDED, "reminded already") : null);
        if (refusal != null) {
            return refusal;
        }
        apply(new AppointmentReminderDueEvent(bookingId, contexts.of(command.actor(), command.channel()), date, start));
        return done();
    }

    /** Idempotent: the same notification recorded twice is one entry. */
    @CommandHandler
    public AppointmentOutcome handle(RecordApplicantNotifiedCommand command, EventContexts contexts) {
        if (command.actor().role() != Role.SYSTEM) {
            throw new AppointmentRefusedException(
                    AppointmentRefusalReason.ROLE_NOT_ALLOWED, "only the notification outbox records deliveries");
        }
        if (notified.contains(command.sourceEventId() + "|" + command.channel())) {
            return done();
        }
        apply(new ApplicantNotifiedEvent(
                bookingId,
                contexts.of(command.actor(), Channel.SYSTEM),
                command.sourceEventId(),
                command.topic(),
                command.channel()));
        return done();
    }

    String slotId() {
        return slotId;
    }

    BookedItem item() {
        return item;
    }

    @EventSourcingHandler
    void on(AppointmentBookedEvent event) {
        bookingId = event.bookingId();
        status = BookingStatus.BOOKED;
        slotId = event.slotId();
        date = event.date();
        start = event.start();
        end = event.end();
        item = event.item();
    }

    @EventSourcingHandler
    void on(AppointmentMovedEvent event) {
        slotId = event.toSlotId();
        date = event.date();
        start = event.start();
        end = event.end();
        reminded = false;
    }

    @EventSourcingHandler
    void on(AppointmentCancelledEvent event) {
        status = BookingStatus.CANCELLED;
    }

    @EventSourcingHandler
    void on(ApplicantArrivedEvent event) {
        status = BookingStatus.ARRIVED;
    }

    @EventSourcingHandler
    void on(ApplicantNoShowEvent event) {
        status = BookingStatus.NO_SHOW;
    }

    @EventSourcingHandler
    void on(AppointmentServedEvent event) {
        status = BookingStatus.SERVED;
    }

    @EventSourcingHandler
    void on(AppointmentReminderDueEvent event) {
        reminded = true;
    }

    @EventSourcingHandler
    void on(ApplicantNotifiedEvent event) {
        notified.add(event.sourceEventId() + "|" + event.channel());
    }

    private static LocalDate today(EventContexts contexts) {
        return LocalDate.ofInstant(contexts.clock().instant(), WorkingDays.ZONE);
    }

    /** The centre's desk, or the window staff of the item's own department. */
    private Refused desk(Actor actor, String what) {
        if (actor.role() == Role.INTAKE || (actor.role() == Role.HANDLER && actor.actsFor(item.departmentCode()))) {
            return null;
        }
        return new Refused(
                AppointmentRefusalReason.ROLE_NOT_ALLOWED,
                actor.role() + " of " + actor.departmentCode() + " may not " + what + " for " + item.departmentCode());
    }

    private static Refused roleIn(Actor actor, String what, Role... roles) {
        return Set.of(roles).contains(actor.role())
                ? null
                : new Refused(AppointmentRefusalReason.ROLE_NOT_ALLOWED, actor.role() + " may not " + what);
    }

    private Refused stateIn(BookingStatus... allowed) {
        return Set.of(allowed).contains(status)
                ? null
                : new Refused(AppointmentRefusalReason.WRONG_STATE, "not possible while the booking is " + status);
    }

    private static Refused firstOf(Refused... candidates) {
        for (var candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }

    private AppointmentOutcome refuse(
            Object command, Actor actor, Channel channel, EventContexts contexts, Refused refusal) {
        return refuse(command.getClass().getSimpleName(), actor, channel, contexts, refusal);
    }

    private AppointmentOutcome refuse(
            String command, Actor actor, Channel channel, EventContexts contexts, Refused refusal) {
        if (!actor.role().isStaff() || actor.role() == Role.SYSTEM) {
            throw new AppointmentRefusedException(refusal.reason(), refusal.detail());
        }
        apply(new BookingCommandRefusedEvent(
                bookingId, contexts.of(actor, channel), command, refusal.reason(), refusal.detail()));
        return refusal;
    }

    private Done done() {
        return new Done(status);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }
}
