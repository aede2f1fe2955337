package org.onetrip.appointments.command;

import org.axonframework.commandhandling.CommandHandler;
import org.axonframework.modelling.command.AggregateNotFoundException;
import org.axonframework.modelling.command.Repository;
import org.onetrip.appointments.api.AppointmentOutcome;
import org.onetrip.appointments.api.AppointmentRefusalReason;
import org.onetrip.appointments.api.AppointmentRefusedException;
import org.onetrip.appointments.api.BookAppointmentCommand;
import org.onetrip.appointments.api.BookingStatus;
import org.onetrip.appointments.api.CancelAppointmentCommand;
import org.onetrip.appointments.api.MoveAppointmentCommand;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.command.EventContexts;
import org.springframework.stereotype.Component;

/**
 * Booking, cancelling and moving touch a booking and one or two slots; all of them load in one unit of
 * work, so a seat is taken exactly when a booking holds it, and freed exactly when it lets it go.
 */
@Component
public class BookingHandler {

    public static final int MAX_REASON = 500;

    private final Repository<Booking> bookings;
    private final Repository<AppointmentSlot> slots;
    private final EventContexts contexts;
    private final ContactVault vault;

    public BookingHandler(
            Repository<Booking> bookings,
            Repository<AppointmentSlot> slots,
            EventContexts contexts,
            ContactVault vault) {
        this.bookings = bookings;
        this.slots = slots;
        this.contexts = contexts;
        this.vault = vault;
    }

    @CommandHandler
    public AppointmentOutcome handle(BookAppointmentCommand command) throws Exception {
        Booking.checkBooking(command);
        var slot = slot(command.slotId());
        int seat = slot.invoke(s -> s.takeSeat(
                command.bookingId(), command.item().hallZone(), command.actor(), command.channel(), contexts));
        var booked = slot.invoke(s -> s);
        bookings.newInstance(() -> new Booking(command, booked, seat, contexts, vault));
        return new AppointmentOutcome.Done(BookingStatus.BOOKED);
    }

    @CommandHandler
    public AppointmentOutcome handle(CancelAppointmentCommand command) {
        if (command.reason() != null && command.reason().length() > MAX_REASON) {
            throw new InvalidCommandException("reason", "reason must be at most " + MAX_REASON + " characters");
        }
        var booking = bookings.load(command.bookingId());
        var slot = slot(booking.invoke(Booking::slotId));
        var outcome = booking.invoke(
                b -> b.cancel(command.actor(), command.channel(), command.reason(), slot.invoke(s -> s), contexts));
        if (outcome instanceof AppointmentOutcome.Done) {
            slot.execute(s -> s.releaseSeat(command.bookingId(), command.actor(), command.channel(), contexts));
        }
        return outcome;
    }

    @CommandHandler
    public AppointmentOutcome handle(MoveAppointmentCommand command) {
        var booking = bookings.load(command.bookingId());
        var from = slot(booking.invoke(Booking::slotId));
        var fromSlot = from.invoke(s -> s);
        var refusal = booking.invoke(b -> b.checkMove(command.actor(), fromSlot, command.toSlotId(), contexts));
        if (refusal != null) {
            return booking.invoke(b -> b.refuseMove(command.actor(), command.channel(), contexts, refusal));
        }
        var to = slot(command.toSlotId());
        var zone = booking.invoke(b -> b.item().hallZone());
        int seat = to.invoke(s -> s.takeSeat(command.bookingId(), zone, command.actor(), command.channel(), contexts));
        from.execute(s -> s.releaseSeat(command.bookingId(), command.actor(), command.channel(), contexts));
        var toSlot = to.invoke(s -> s);
        return booking.invoke(b -> b.move(command.actor(), command.channel(), fromSlot, toSlot, seat, contexts));
    }

    private org.axonframework.modelling.command.Aggregate<AppointmentSlot> slot(String slotId) {
        try {
            return slots.load(slotId);
        } catch (AggregateNotFoundException missing) {
            throw new AppointmentRefusedException(AppointmentRefusalReason.UNKNOWN_SLOT, "no slot " + slotId);
        }
    }
}
