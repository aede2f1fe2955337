package org.onetrip.appointments.command;

import static org.onetrip.appointments.command.Appointments.ADMIN;
import static org.onetrip.appointments.command.Appointments.INTAKE;
import static org.onetrip.appointments.command.Appointments.MINZHENG_WINDOW;
import static org.onetrip.appointments.command.Appointments.NINE;
import static org.onetrip.appointments.command.Appointments.NOW;
import static org.onetrip.appointments.command.Appointments.SLOT;
import static org.onetrip.appointments.command.Appointments.SLOT_DAY;
import static org.onetrip.appointments.command.Appointments.TEN;
import static org.onetrip.appointments.command.Appointments.given;
import static org.onetrip.appointments.command.Appointments.open;
import static org.onetrip.appointments.command.Appointments.opened;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
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
import org.onetrip.appointments.api.SlotSeatTakenEvent;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.command.EventContexts;
import org.onetrip.testing.TestCalendar;

class AppointmentSlotTest {

    private FixtureConfiguration<AppointmentSlot> fixture;

    @BeforeEach
    void newFixture() {
        var events = new AtomicInteger();
        fixture = new AggregateTestFixture<>(AppointmentSlot.class);
        fixture.registerInjectableResource(
                new EventContexts(Clock.fixed(NOW, ZoneOffset.UTC), () -> "e-" + events.incrementAndGet()));
        fixture.registerInjectableResource(TestCalendar.seeded2025And2026());
    }

    private static EventContext now(org.onetrip.shared.api.Actor actor) {
        return new EventContext("e-1", actor, Channel.WORKBENCH, NOW);
    }

    @Test
    void the_centre_publishes_a_holiday_slot_and_the_calendar_marks_it_a_non_working_day() {
        fixture.givenNoPriorActivity()
                .when(open(SLOT, NINE, 4))
                .expectEvents(new AppointmentSlotOpenedEvent(
                        SLOT,
                        now(INTAKE),
                        SLOT_DAY,
                        HallZone.MINZHENG,
                        NINE,
                        TEN,
                        4,
                        false,
                        TestCalendar.SEEDED_VERSION));
    }

    @Test
    void a_make_up_working_saturday_is_published_as_a_working_day() {
        // Saturday 2026-10-10 is a 调休 make-up working day in the shipped 2026 arrangement
        var saturday = LocalDate.parse("2026-10-10");
        var id = AppointmentSlotIds.of(saturday, HallZone.MINZHENG, NINE);
        fixture.givenNoPriorActivity()
                .when(new OpenAppointmentSlotCommand(
                        id, ADMIN, Channel.WORKBENCH, saturday, HallZone.MINZHENG, NINE, TEN, 2, false))
                .expectEvents(new AppointmentSlotOpenedEvent(
                        id, now(ADMIN), saturday, HallZone.MINZHENG, NINE, TEN, 2, true, TestCalendar.SEEDED_VERSION));
    }

    @Test
    void only_the_centre_publishes_slots() {
        fixture.givenNoPriorActivity()
                .when(new OpenAppointmentSlotCommand(
                        SLOT, MINZHENG_WINDOW, Channel.WORKBENCH, SLOT_DAY, HallZone.MINZHENG, NINE, TEN, 4, false))
                .expectException(AppointmentRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void a_slot_must_end_after_it_starts_and_hold_one_to_fifty() {
        fixture.givenNoPriorActivity()
                .when(new OpenAppointmentSlotCommand(
                        SLOT, INTAKE, Channel.WORKBENCH, SLOT_DAY, HallZone.MINZHENG, NINE, NINE, 4, false))
                .expectException(InvalidCommandException.class);
        fixture.givenNoPriorActivity().when(open(SLOT, NINE, 0)).expectException(InvalidCommandException.class);
        fixture.givenNoPriorActivity().when(open(SLOT, NINE, 51)).expectException(InvalidCommandException.class);
    }

    @Test
    void a_slot_needs_a_start_and_an_end() {
        fixture.givenNoPriorActivity()
                .when(new OpenAppointmentSlotCommand(
                        SLOT, INTAKE, Channel.WORKBENCH, SLOT_DAY, HallZone.MINZHENG, NINE, null, 4, false))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void the_id_must_name_the_date_zone_and_start() {
        fixture.givenNoPriorActivity()
                .when(open(AppointmentSlotIds.of(SLOT_DAY, HallZone.RENSHE, NINE), NINE, 4))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
    }

    @Test
    void a_slot_that_has_begun_cannot_be_published() {
        var today = AppointmentSlotIds.of(LocalDate.parse("2026-10-01"), HallZone.MINZHENG, LocalTime.of(9, 0));
        fixture.givenNoPriorActivity()
                .when(new OpenAppointmentSlotCommand(
                        today,
                        INTAKE,
                        Channel.WORKBENCH,
                        LocalDate.parse("2026-10-01"),
                        HallZone.MINZHENG,
                        LocalTime.of(9, 0),
                        TEN,
                        4,
                        false))
                .expectException(AppointmentRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void capacity_never_drops_below_the_seats_booked_and_the_attempt_is_recorded() {
        fixture.given(
                        opened(3),
                        new SlotSeatTakenEvent(SLOT, given(INTAKE), "bk-1", 1),
                        new SlotSeatTakenEvent(SLOT, given(INTAKE), "bk-2", 2))
                .when(new ChangeSlotCapacityCommand(SLOT, INTAKE, Channel.WORKBENCH, 1))
                .expectResultMessagePayload(new AppointmentOutcome.Refused(
                        AppointmentRefusalReason.BELOW_BOOKED, "2 seats are booked; capacity cannot go below that"))
                .expectEvents(new SlotCommandRefusedEvent(
                        SLOT,
                        now(INTAKE),
                        "ChangeSlotCapacityCommand",
                        AppointmentRefusalReason.BELOW_BOOKED,
                        "2 seats are booked; capacity cannot go below that"));
        newFixture();
        fixture.given(opened(3), new SlotSeatTakenEvent(SLOT, given(INTAKE), "bk-1", 1))
                .when(new ChangeSlotCapacityCommand(SLOT, INTAKE, Channel.WORKBENCH, 6))
                .expectEvents(new SlotCapacityChangedEvent(SLOT, now(INTAKE), 6));
    }

    @Test
    void a_slot_with_bookings_cannot_be_closed_and_an_empty_one_can() {
        fixture.given(opened(3), new SlotSeatTakenEvent(SLOT, given(INTAKE), "bk-1", 1))
                .when(new CloseAppointmentSlotCommand(SLOT, INTAKE, Channel.WORKBENCH, "窗口人员调休"))
                .expectResultMessagePayloadMatching(org.hamcrest.Matchers.instanceOf(AppointmentOutcome.Refused.class))
                .expectEvents(new SlotCommandRefusedEvent(
                        SLOT,
                        now(INTAKE),
                        "CloseAppointmentSlotCommand",
                        AppointmentRefusalReason.SLOT_HAS_BOOKINGS,
                        "1 bookings hold seats: move or cancel them first"));
        newFixture();
        fixture.given(opened(3))
                .when(new CloseAppointmentSlotCommand(SLOT, INTAKE, Channel.WORKBENCH, "窗口人员调休"))
                .expectEvents(new AppointmentSlotClosedEvent(SLOT, now(INTAKE), "窗口人员调休"));
    }

    @Test
    void a_department_cannot_change_the_centre_s_slots_and_the_attempt_is_recorded() {
        fixture.given(opened(3))
                .when(new ChangeSlotCapacityCommand(SLOT, MINZHENG_WINDOW, Channel.WORKBENCH, 5))
                .expectEvents(new SlotCommandRefusedEvent(
                        SLOT,
                        new EventContext("e-1", MINZHENG_WINDOW, Channel.WORKBENCH, NOW),
                        "ChangeSlotCapacityCommand",
                        AppointmentRefusalReason.ROLE_NOT_ALLOWED,
                        "HANDLER may not change slots"));
    }
}
