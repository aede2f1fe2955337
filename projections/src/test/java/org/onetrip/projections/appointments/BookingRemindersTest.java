package org.onetrip.projections.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import org.axonframework.commandhandling.SimpleCommandBus;
import org.axonframework.commandhandling.gateway.DefaultCommandGateway;
import org.junit.jupiter.api.Test;
import org.onetrip.appointments.api.AppointmentBookedEvent;
import org.onetrip.appointments.api.AppointmentSlotIds;
import org.onetrip.appointments.api.BookedItem;
import org.onetrip.appointments.api.RemindApplicantCommand;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.testing.SearchNode;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;

/**
 * The reminder schedule asks exactly the bookings starting within the lead time, as the system; the
 * booking itself makes a second request change nothing (BookingTest).
 */
class BookingRemindersTest {

    static final Clock FRIDAY_NOON = Clock.fixed(Instant.parse("2026-10-02T04:00:00Z"), ZoneOffset.UTC);
    static final BookedItem ITEM = new BookedItem("MZ-001", "最低生活保障审批", "minzheng", HallZone.MINZHENG, 1);

    @Test
    void bookings_starting_within_a_day_are_asked_to_remind_and_later_ones_not_yet() {
        var client = SearchNode.client();
        var slots = new ProjectionIndex(
                client, SearchNode.uniquePrefix("slots"), "projections/appointment-slots-index.json", FRIDAY_NOON);
        var bookings = new ProjectionIndex(
                client, SearchNode.uniquePrefix("bookings"), "projections/appointments-index.json", FRIDAY_NOON);
        slots.ensureExists();
        bookings.ensureExists();
        var projection = new AppointmentProjection(client, slots, bookings);
        projection.on(booked("bk-saturday", LocalDate.parse("2026-10-03"), LocalTime.of(9, 0)), 0);
        projection.on(booked("bk-sunday", LocalDate.parse("2026-10-04"), LocalTime.of(9, 0)), 0);
        bookings.refresh();

        var sent = new ArrayList<Object>();
        var bus = SimpleCommandBus.builder().build();
        bus.subscribe(RemindApplicantCommand.class.getName(), message -> {
            sent.add(message.getPayload());
            return null;
        });
        var reminders = new BookingReminders(
                new AppointmentSearch(client, slots.readAlias(), bookings.readAlias(), FRIDAY_NOON),
                DefaultCommandGateway.builder().commandBus(bus).build(),
                Duration.ofHours(24),
                FRIDAY_NOON);

        reminders.remindWhatIsDue();

        assertThat(sent).containsExactly(new RemindApplicantCommand("bk-saturday", Actor.SYSTEM, Channel.SYSTEM));
    }

    private static AppointmentBookedEvent booked(String id, LocalDate date, LocalTime start) {
        return new AppointmentBookedEvent(
                id,
                new EventContext("e", Actor.PUBLIC, Channel.PORTAL, Instant.parse("2026-09-30T02:00:00Z")),
                "SECRETCODE000001X",
                AppointmentSlotIds.of(date, HallZone.MINZHENG, start),
                date,
                start,
                start.plusHours(1),
                1,
                ITEM,
                null);
    }
}
