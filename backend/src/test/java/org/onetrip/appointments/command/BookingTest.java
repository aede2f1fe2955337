package org.onetrip.appointments.command;

import static org.onetrip.appointments.command.Appointments.GUOTU;
import static org.onetrip.appointments.command.Appointments.INTAKE;
import static org.onetrip.appointments.command.Appointments.MINZHENG_WINDOW;
import static org.onetrip.appointments.command.Appointments.booked;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.onetrip.appointments.api.ApplicantArrivedEvent;
import org.onetrip.appointments.api.ApplicantNoShowEvent;
import org.onetrip.appointments.api.ApplicantNotifiedEvent;
import org.onetrip.appointments.api.AppointmentOutcome;
import org.onetrip.appointments.api.AppointmentRefusalReason;
import org.onetrip.appointments.api.AppointmentRefusedException;
import org.onetrip.appointments.api.AppointmentReminderDueEvent;
import org.onetrip.appointments.api.AppointmentServedEvent;
import org.onetrip.appointments.api.BookingCommandRefusedEvent;
import org.onetrip.appointments.api.BookingStatus;
import org.onetrip.appointments.api.ExtraTripReason;
import org.onetrip.appointments.api.RecordApplicantNotifiedCommand;
import org.onetrip.appointments.api.RecordArrivalCommand;
import org.onetrip.appointments.api.RecordNoShowCommand;
import org.onetrip.appointments.api.RecordServiceOutcomeCommand;
import org.onetrip.appointments.api.RemindApplicantCommand;
import org.onetrip.appointments.api.ServiceOutcome;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.NotificationChannel;
import org.onetrip.shared.command.EventContexts;

/** The desk's day with a booking for Saturday 2026-10-03 09:00–10:00 (民政 zone, item of 民政所). */
class BookingTest {

    static final String BOOKING = "bk-1";
    static final Instant SLOT_DAY_AT_NINE_THIRTY = Instant.parse("2026-10-03T01:30:00Z");
    static final Instant SLOT_DAY_AT_ELEVEN = Instant.parse("2026-10-03T03:00:00Z");
    static final Instant DAY_BEFORE = Instant.parse("2026-10-02T02:00:00Z");
    static final Instant DAY_AFTER = Instant.parse("2026-10-04T02:00:00Z");

    private FixtureConfiguration<Booking> at(Instant now) {
        var events = new AtomicInteger();
        FixtureConfiguration<Booking> fixture = new AggregateTestFixture<>(Booking.class);
        fixture.registerInjectableResource(
                new EventContexts(Clock.fixed(now, ZoneOffset.UTC), () -> "e-" + events.incrementAndGet()));
        return fixture;
    }

    private static EventContext context(Actor actor, Channel channel, Instant at) {
        return new EventContext("e-1", actor, channel, at);
    }

    @Test
    void the_desk_records_the_arrival_on_the_day_of_the_booking() {
        at(SLOT_DAY_AT_NINE_THIRTY)
                .given(booked(BOOKING))
                .when(new RecordArrivalCommand(BOOKING, INTAKE, Channel.WINDOW))
                .expectResultMessagePayload(new AppointmentOutcome.Done(BookingStatus.ARRIVED))
                .expectEvents(
                        new ApplicantArrivedEvent(BOOKING, context(INTAKE, Channel.WINDOW, SLOT_DAY_AT_NINE_THIRTY)));
    }

    @Test
    void an_arrival_on_another_day_is_refused_and_recorded() {
        at(DAY_BEFORE)
                .given(booked(BOOKING))
                .when(new RecordArrivalCommand(BOOKING, INTAKE, Channel.WINDOW))
                .expectEvents(new BookingCommandRefusedEvent(
                        BOOKING,
                        context(INTAKE, Channel.WINDOW, DAY_BEFORE),
                        "RecordArrivalCommand",
                        AppointmentRefusalReason.NOT_YET,
                        "the booking is for 2026-10-03"));
        at(DAY_AFTER)
                .given(booked(BOOKING))
                .when(new RecordArrivalCommand(BOOKING, INTAKE, Channel.WINDOW))
                .expectResultMessagePayload(new AppointmentOutcome.Refused(
                        AppointmentRefusalReason.TOO_LATE, "the booking was for 2026-10-03"));
    }

    @Test
    void the_window_of_the_item_s_own_department_may_record_arrivals_and_another_department_may_not() {
        at(SLOT_DAY_AT_NINE_THIRTY)
                .given(booked(BOOKING))
                .when(new RecordArrivalCommand(BOOKING, MINZHENG_WINDOW, Channel.WINDOW))
                .expectEvents(new ApplicantArrivedEvent(
                        BOOKING, context(MINZHENG_WINDOW, Channel.WINDOW, SLOT_DAY_AT_NINE_THIRTY)));
        at(SLOT_DAY_AT_NINE_THIRTY)
                .given(booked(BOOKING))
                .when(new RecordArrivalCommand(BOOKING, GUOTU, Channel.WINDOW))
                .expectEvents(new BookingCommandRefusedEvent(
                        BOOKING,
                        context(GUOTU, Channel.WINDOW, SLOT_DAY_AT_NINE_THIRTY),
                        "RecordArrivalCommand",
                        AppointmentRefusalReason.ROLE_NOT_ALLOWED,
                        "HANDLER of guotu may not record an arrival for minzheng"));
    }

    @Test
    void a_no_show_is_recorded_only_once_the_slot_has_ended() {
        at(SLOT_DAY_AT_NINE_THIRTY)
                .given(booked(BOOKING))
                .when(new RecordNoShowCommand(BOOKING, INTAKE, Channel.WINDOW))
                .expectResultMessagePayload(new AppointmentOutcome.Refused(
                        AppointmentRefusalReason.NOT_YET, "the slot ends at 10:00 on 2026-10-03"));
        at(SLOT_DAY_AT_ELEVEN)
                .given(booked(BOOKING))
                .when(new RecordNoShowCommand(BOOKING, INTAKE, Channel.WINDOW))
                .expectEvents(new ApplicantNoShowEvent(BOOKING, context(INTAKE, Channel.WINDOW, SLOT_DAY_AT_ELEVEN)));
    }

    @Test
    void served_in_one_trip_counts_against_the_item_s_department() {
        at(SLOT_DAY_AT_ELEVEN)
                .given(booked(BOOKING), new ApplicantArrivedEvent(BOOKING, Appointments.given(INTAKE)))
                .when(new RecordServiceOutcomeCommand(
                        BOOKING, INTAKE, Channel.WINDOW, ServiceOutcome.ONE_TRIP, ExtraTripReason.OTHER, " "))
                .expectEvents(new AppointmentServedEvent(
                        BOOKING,
                        context(INTAKE, Channel.WINDOW, SLOT_DAY_AT_ELEVEN),
                        ServiceOutcome.ONE_TRIP,
                        null,
                        null,
                        "MZ-001",
                        "minzheng"));
    }

    @Test
    void more_than_one_trip_needs_a_reason_and_a_note() {
        at(SLOT_DAY_AT_ELEVEN)
                .given(booked(BOOKING), new ApplicantArrivedEvent(BOOKING, Appointments.given(INTAKE)))
                .when(new RecordServiceOutcomeCommand(
                        BOOKING, INTAKE, Channel.WINDOW, ServiceOutcome.MORE_THAN_ONE_TRIP, null, "缺村委会证明"))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        at(SLOT_DAY_AT_ELEVEN)
                .given(booked(BOOKING), new ApplicantArrivedEvent(BOOKING, Appointments.given(INTAKE)))
                .when(new RecordServiceOutcomeCommand(
                        BOOKING,
                        INTAKE,
                        Channel.WINDOW,
                        ServiceOutcome.MORE_THAN_ONE_TRIP,
                        ExtraTripReason.MATERIALS_INCOMPLETE,
                        "  "))
                .expectException(InvalidCommandException.class);
        at(SLOT_DAY_AT_ELEVEN)
                .given(booked(BOOKING), new ApplicantArrivedEvent(BOOKING, Appointments.given(INTAKE)))
                .when(new RecordServiceOutcomeCommand(
                        BOOKING,
                        INTAKE,
                        Channel.WINDOW,
                        ServiceOutcome.MORE_THAN_ONE_TRIP,
                        ExtraTripReason.MATERIALS_INCOMPLETE,
                        "一次性告知未列出村委会出具的家庭收入证明"))
                .expectEvents(new AppointmentServedEvent(
                        BOOKING,
                        context(INTAKE, Channel.WINDOW, SLOT_DAY_AT_ELEVEN),
                        ServiceOutcome.MORE_THAN_ONE_TRIP,
                        ExtraTripReason.MATERIALS_INCOMPLETE,
                        "一次性告知未列出村委会出具的家庭收入证明",
                        "MZ-001",
                        "minzheng"));
    }

    @Test
    void an_outcome_needs_the_applicant_to_have_arrived() {
        at(SLOT_DAY_AT_ELEVEN)
                .given(booked(BOOKING))
                .when(new RecordServiceOutcomeCommand(
                        BOOKING, INTAKE, Channel.WINDOW, ServiceOutcome.ONE_TRIP, null, null))
                .expectEvents(new BookingCommandRefusedEvent(
                        BOOKING,
                        context(INTAKE, Channel.WINDOW, SLOT_DAY_AT_ELEVEN),
                        "RecordServiceOutcomeCommand",
                        AppointmentRefusalReason.WRONG_STATE,
                        "not possible while the booking is BOOKED"));
    }

    @Test
    void a_booking_is_reminded_once_and_only_by_the_system() {
        at(DAY_BEFORE)
                .given(booked(BOOKING))
                .when(new RemindApplicantCommand(BOOKING, Actor.SYSTEM, Channel.SYSTEM))
                .expectEvents(new AppointmentReminderDueEvent(
                        BOOKING,
                        context(Actor.SYSTEM, Channel.SYSTEM, DAY_BEFORE),
                        Appointments.SLOT_DAY,
                        LocalTime.of(9, 0)));
        at(DAY_BEFORE)
                .given(
                        booked(BOOKING),
                        new AppointmentReminderDueEvent(
                                BOOKING, Appointments.given(Actor.SYSTEM), Appointments.SLOT_DAY, LocalTime.of(9, 0)))
                .when(new RemindApplicantCommand(BOOKING, Actor.SYSTEM, Channel.SYSTEM))
                .expectResultMessagePayload(
                        new AppointmentOutcome.Refused(AppointmentRefusalReason.ALREADY_REMINDED, "reminded already"))
                .expectNoEvents();
        at(DAY_BEFORE)
                .given(booked(BOOKING))
                .when(new RemindApplicantCommand(BOOKING, INTAKE, Channel.WORKBENCH))
                .expectNoEvents();
    }

    @Test
    void a_notification_is_recorded_once_per_event_and_channel_and_only_by_the_outbox() {
        var notified = new ApplicantNotifiedEvent(
                BOOKING,
                new EventContext("e-1", Actor.SYSTEM, Channel.SYSTEM, DAY_BEFORE),
                "given-booking",
                "BOOKED",
                NotificationChannel.SMS);
        at(DAY_BEFORE)
                .given(booked(BOOKING))
                .when(new RecordApplicantNotifiedCommand(
                        BOOKING, Actor.SYSTEM, "given-booking", "BOOKED", NotificationChannel.SMS))
                .expectEvents(notified);
        at(DAY_BEFORE)
                .given(booked(BOOKING), notified)
                .when(new RecordApplicantNotifiedCommand(
                        BOOKING, Actor.SYSTEM, "given-booking", "BOOKED", NotificationChannel.SMS))
                .expectNoEvents();
        at(DAY_BEFORE)
                .given(booked(BOOKING))
                .when(new RecordApplicantNotifiedCommand(
                        BOOKING, INTAKE, "given-booking", "BOOKED", NotificationChannel.SMS))
                .expectException(AppointmentRefusedException.class)
                .expectNoEvents();
    }
}
