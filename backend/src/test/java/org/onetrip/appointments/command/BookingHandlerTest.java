package org.onetrip.appointments.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.appointments.command.Appointments.CODE;
import static org.onetrip.appointments.command.Appointments.INTAKE;
import static org.onetrip.appointments.command.Appointments.LAND;
import static org.onetrip.appointments.command.Appointments.LOW_INCOME;
import static org.onetrip.appointments.command.Appointments.NINE;
import static org.onetrip.appointments.command.Appointments.NOW;
import static org.onetrip.appointments.command.Appointments.OTHER_SLOT;
import static org.onetrip.appointments.command.Appointments.SLOT;
import static org.onetrip.appointments.command.Appointments.TEN;
import static org.onetrip.appointments.command.Appointments.WANG;
import static org.onetrip.appointments.command.Appointments.open;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.axonframework.commandhandling.AnnotationCommandHandlerAdapter;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.axonframework.eventsourcing.EventSourcingRepository;
import org.axonframework.eventsourcing.eventstore.EmbeddedEventStore;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.messaging.Message;
import org.axonframework.messaging.annotation.ClasspathParameterResolverFactory;
import org.axonframework.messaging.annotation.MultiParameterResolverFactory;
import org.axonframework.messaging.annotation.ParameterResolverFactory;
import org.axonframework.messaging.annotation.SimpleResourceParameterResolverFactory;
import org.axonframework.modelling.command.AggregateAnnotationCommandHandler;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.appointments.api.Applicant;
import org.onetrip.appointments.api.AppointmentBookedEvent;
import org.onetrip.appointments.api.AppointmentCancelledEvent;
import org.onetrip.appointments.api.AppointmentMovedEvent;
import org.onetrip.appointments.api.AppointmentOutcome;
import org.onetrip.appointments.api.AppointmentRefusalReason;
import org.onetrip.appointments.api.AppointmentRefusedException;
import org.onetrip.appointments.api.BookAppointmentCommand;
import org.onetrip.appointments.api.BookingCommandRefusedEvent;
import org.onetrip.appointments.api.BookingIds;
import org.onetrip.appointments.api.BookingStatus;
import org.onetrip.appointments.api.CancelAppointmentCommand;
import org.onetrip.appointments.api.MoveAppointmentCommand;
import org.onetrip.appointments.api.SlotSeatReleasedEvent;
import org.onetrip.appointments.api.SlotSeatTakenEvent;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.command.AesGcmContactVault;
import org.onetrip.privacy.command.InMemoryContactKeyStore;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.command.EventContexts;
import org.onetrip.testing.TestCalendar;

/**
 * Booking, cancelling and moving span a booking and its slots, so they run on real Axon components:
 * event-sourcing repositories over one in-memory event store and a command bus with both aggregates'
 * handlers and the {@link BookingHandler}. The clock can be moved to the slot's day.
 */
class BookingHandlerTest {

    private final AtomicReference<Instant> now = new AtomicReference<>(NOW);
    private final AesGcmContactVault vault = new AesGcmContactVault(new InMemoryContactKeyStore());
    private EmbeddedEventStore eventStore;
    private CommandGateway commands;

    @BeforeEach
    void wireRealAxonComponents() {
        var clock = new Clock() {
            @Override
            public java.time.ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(java.time.ZoneId zone) {
                return Clock.fixed(now.get(), zone);
            }

            @Override
            public Instant instant() {
                return now.get();
            }
        };
        var ids = new java.util.concurrent.atomic.AtomicInteger();
        var contexts = new EventContexts(clock, () -> "e-" + ids.incrementAndGet());
        ParameterResolverFactory resolvers = MultiParameterResolverFactory.ordered(
                ClasspathParameterResolverFactory.forClass(Booking.class),
                new SimpleResourceParameterResolverFactory(List.of(contexts, TestCalendar.seeded2025And2026(), vault)));
        eventStore = EmbeddedEventStore.builder()
                .storageEngine(new InMemoryEventStorageEngine())
                .build();
        EventSourcingRepository<Booking> bookings = EventSourcingRepository.builder(Booking.class)
                .eventStore(eventStore)
                .parameterResolverFactory(resolvers)
                .build();
        EventSourcingRepository<AppointmentSlot> slots = EventSourcingRepository.builder(AppointmentSlot.class)
                .eventStore(eventStore)
                .parameterResolverFactory(resolvers)
                .build();
        var bus = SimpleCommandBus.builder().build();
        AggregateAnnotationCommandHandler.<Booking>builder()
                .aggregateType(Booking.class)
                .repository(bookings)
                .parameterResolverFactory(resolvers)
                .build()
                .subscribe(bus);
        AggregateAnnotationCommandHandler.<AppointmentSlot>builder()
                .aggregateType(AppointmentSlot.class)
                .repository(slots)
                .parameterResolverFactory(resolvers)
                .build()
                .subscribe(bus);
        new AnnotationCommandHandlerAdapter<>(new BookingHandler(bookings, slots, contexts, vault), resolvers)
                .subscribe(bus);
        commands = DefaultCommandGateway.builder().commandBus(bus).build();
        commands.sendAndWait(open(SLOT, NINE, 2));
        commands.sendAndWait(open(OTHER_SLOT, TEN, 1));
    }

    @AfterEach
    void shutDown() {
        eventStore.shutDown();
    }

    private static BookAppointmentCommand book(ReceiptCode code, Actor actor, Channel channel) {
        return new BookAppointmentCommand(actor, channel, code, SLOT, LOW_INCOME, WANG);
    }

    private List<Object> payloads(String aggregateId) {
        return eventStore
                .readEvents(aggregateId)
                .asStream()
                .map(Message::getPayload)
                .map(Object.class::cast)
                .toList();
    }

    @Test
    void a_booking_takes_the_lowest_free_seat_and_keeps_the_applicant_only_encrypted() {
        AppointmentOutcome outcome = commands.sendAndWait(book(CODE, Actor.PUBLIC, Channel.PORTAL));

        assertThat(outcome).isEqualTo(new AppointmentOutcome.Done(BookingStatus.BOOKED));
        var id = BookingIds.of(CODE);
        var booked = (AppointmentBookedEvent) payloads(id).get(0);
        assertThat(booked.seat()).isEqualTo(1);
        assertThat(booked.bookingCode()).isEqualTo(CODE.value());
        assertThat(booked.toString()).doesNotContain("王秀兰").doesNotContain("13800001111");
        assertThat(vault.open(id, booked.applicant()))
                .contains(new ContactDetails("王秀兰", "13800001111", "wang@example.cn", null));
        assertThat(payloads(SLOT)).last().isInstanceOfSatisfying(SlotSeatTakenEvent.class, taken -> {
            assertThat(taken.bookingId()).isEqualTo(id);
            assertThat(taken.seat()).isEqualTo(1);
        });
    }

    @Test
    void a_full_slot_refuses_the_next_booking_and_nothing_is_stored_for_it() {
        commands.sendAndWait(book(ReceiptCode.generate(), Actor.PUBLIC, Channel.PORTAL));
        commands.sendAndWait(book(ReceiptCode.generate(), INTAKE, Channel.HOTLINE));
        var third = ReceiptCode.generate();

        assertThatThrownBy(() -> commands.sendAndWait(book(third, Actor.PUBLIC, Channel.WECHAT)))
                .isInstanceOfSatisfying(
                        AppointmentRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AppointmentRefusalReason.SLOT_FULL));
        assertThat(payloads(BookingIds.of(third))).isEmpty();
        assertThat(payloads(SLOT).stream().filter(SlotSeatTakenEvent.class::isInstance))
                .hasSize(2);
    }

    @Test
    void an_item_of_another_hall_zone_cannot_be_booked_into_the_slot() {
        assertThatThrownBy(() -> commands.sendAndWait(
                        new BookAppointmentCommand(Actor.PUBLIC, Channel.PORTAL, CODE, SLOT, LAND, WANG)))
                .isInstanceOfSatisfying(
                        AppointmentRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AppointmentRefusalReason.WRONG_ZONE));
    }

    @Test
    void the_public_books_online_and_the_desk_books_for_callers_but_not_the_other_way_round() {
        assertThatThrownBy(() -> commands.sendAndWait(book(CODE, Actor.PUBLIC, Channel.HOTLINE)))
                .isInstanceOf(AppointmentRefusedException.class);
        assertThatThrownBy(() -> commands.sendAndWait(book(CODE, INTAKE, Channel.PORTAL)))
                .isInstanceOf(AppointmentRefusedException.class);
        assertThatThrownBy(() -> commands.sendAndWait(book(CODE, Appointments.MINZHENG_WINDOW, Channel.WINDOW)))
                .isInstanceOf(AppointmentRefusedException.class);
        assertThat(payloads(BookingIds.of(CODE))).isEmpty();
    }

    @Test
    void a_booking_needs_a_name_and_a_way_to_reach_the_applicant() {
        assertThatThrownBy(() -> commands.sendAndWait(new BookAppointmentCommand(
                        Actor.PUBLIC, Channel.PORTAL, CODE, SLOT, LOW_INCOME, new Applicant("王秀兰", " ", null, null))))
                .isInstanceOf(InvalidCommandException.class);
        assertThatThrownBy(() -> commands.sendAndWait(new BookAppointmentCommand(
                        Actor.PUBLIC, Channel.PORTAL, CODE, SLOT, LOW_INCOME, new Applicant(null, "138", null, null))))
                .isInstanceOf(InvalidCommandException.class);
    }

    @Test
    void cancelling_frees_the_seat_for_the_next_applicant() {
        commands.sendAndWait(book(CODE, Actor.PUBLIC, Channel.PORTAL));
        var id = BookingIds.of(CODE);

        AppointmentOutcome outcome =
                commands.sendAndWait(new CancelAppointmentCommand(id, Actor.PUBLIC, Channel.PORTAL, "家里有事"));

        assertThat(outcome).isEqualTo(new AppointmentOutcome.Done(BookingStatus.CANCELLED));
        assertThat(payloads(id)).last().isInstanceOf(AppointmentCancelledEvent.class);
        assertThat(payloads(SLOT)).last().isEqualTo(new SlotSeatReleasedEvent(SLOT, context("e-6", Actor.PUBLIC), id));
        var next = ReceiptCode.generate();
        commands.sendAndWait(book(next, Actor.PUBLIC, Channel.PORTAL));
        assertThat(((AppointmentBookedEvent) payloads(BookingIds.of(next)).get(0)).seat())
                .isEqualTo(1);
    }

    @Test
    void the_public_cannot_cancel_once_the_slot_has_begun_but_the_desk_can_and_its_refusals_are_recorded() {
        commands.sendAndWait(book(CODE, Actor.PUBLIC, Channel.PORTAL));
        var id = BookingIds.of(CODE);
        now.set(Instant.parse("2026-10-03T01:10:00Z"));

        assertThatThrownBy(() ->
                        commands.sendAndWait(new CancelAppointmentCommand(id, Actor.PUBLIC, Channel.PORTAL, null)))
                .isInstanceOfSatisfying(
                        AppointmentRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AppointmentRefusalReason.TOO_LATE));
        AppointmentOutcome byDesk =
                commands.sendAndWait(new CancelAppointmentCommand(id, INTAKE, Channel.WORKBENCH, "来电取消"));
        assertThat(byDesk).isEqualTo(new AppointmentOutcome.Done(BookingStatus.CANCELLED));

        AppointmentOutcome again =
                commands.sendAndWait(new CancelAppointmentCommand(id, INTAKE, Channel.WORKBENCH, null));
        assertThat(again).isInstanceOf(AppointmentOutcome.Refused.class);
        assertThat(payloads(id))
                .last()
                .isInstanceOfSatisfying(
                        BookingCommandRefusedEvent.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AppointmentRefusalReason.WRONG_STATE));
    }

    @Test
    void moving_takes_a_seat_in_the_new_slot_and_frees_the_old_one_in_one_go() {
        commands.sendAndWait(book(CODE, Actor.PUBLIC, Channel.PORTAL));
        var id = BookingIds.of(CODE);

        AppointmentOutcome outcome =
                commands.sendAndWait(new MoveAppointmentCommand(id, Actor.PUBLIC, Channel.PORTAL, OTHER_SLOT));

        assertThat(outcome).isEqualTo(new AppointmentOutcome.Done(BookingStatus.BOOKED));
        assertThat(payloads(id)).last().isInstanceOfSatisfying(AppointmentMovedEvent.class, moved -> {
            assertThat(moved.fromSlotId()).isEqualTo(SLOT);
            assertThat(moved.toSlotId()).isEqualTo(OTHER_SLOT);
            assertThat(moved.start()).isEqualTo(TEN);
            assertThat(moved.seat()).isEqualTo(1);
        });
        assertThat(payloads(SLOT)).last().isInstanceOf(SlotSeatReleasedEvent.class);
        assertThat(payloads(OTHER_SLOT)).last().isInstanceOf(SlotSeatTakenEvent.class);
    }

    @Test
    void a_move_into_a_full_slot_changes_nothing() {
        commands.sendAndWait(new BookAppointmentCommand(
                Actor.PUBLIC, Channel.PORTAL, ReceiptCode.generate(), OTHER_SLOT, LOW_INCOME, WANG));
        commands.sendAndWait(book(CODE, Actor.PUBLIC, Channel.PORTAL));
        var id = BookingIds.of(CODE);
        var before = payloads(SLOT).size();

        assertThatThrownBy(() ->
                        commands.sendAndWait(new MoveAppointmentCommand(id, Actor.PUBLIC, Channel.PORTAL, OTHER_SLOT)))
                .isInstanceOfSatisfying(
                        AppointmentRefusedException.class,
                        refused -> assertThat(refused.reason()).isEqualTo(AppointmentRefusalReason.SLOT_FULL));
        assertThat(payloads(SLOT)).hasSize(before);
        assertThat(payloads(id)).hasSize(1);
    }

    private static org.onetrip.shared.api.EventContext context(String id, Actor actor) {
        return new org.onetrip.shared.api.EventContext(id, actor, Channel.PORTAL, NOW);
    }
}
