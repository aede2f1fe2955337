package org.onetrip.appointments.application;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.config.Configuration;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.appointments.api.AppointmentSlotIds;
import org.onetrip.appointments.api.SlotDays;
import org.onetrip.appointments.command.AppointmentSlot;
import org.onetrip.appointments.query.SlotQueries;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.application.Result;
import org.onetrip.shared.command.EventContexts;
import org.onetrip.testing.TestCalendar;

/**
 * Publishing slots through the application service onto the real slot aggregate and an in-memory event
 * store, at Thursday 2026-10-01 10:00 in Shanghai (National Day; the 1st to the 7th are holidays).
 */
class SlotPublishingTest {

    static final Instant NOW = Instant.parse("2026-10-01T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-10-01");
    static final LocalDate SATURDAY = LocalDate.parse("2026-10-03");
    static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");

    Configuration axon;
    Appointments appointments;

    @BeforeEach
    void start() {
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var events = new AtomicInteger();
        var contexts = new EventContexts(clock, () -> "e-" + events.incrementAndGet());
        var serializer = JacksonSerializer.builder()
                .objectMapper(new ObjectMapper().registerModule(new JavaTimeModule()))
                .build();
        axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> serializer)
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(AppointmentSlot.class)
                .registerComponent(EventContexts.class, c -> contexts)
                .registerComponent(WorkingDays.class, c -> TestCalendar.seeded2025And2026())
                .start();
        appointments = new Appointments(
                axon.commandGateway(),
                null,
                null,
                new SlotQueries(axon.eventStore()),
                TestCalendar.seeded2025And2026(),
                null,
                null,
                clock);
    }

    @AfterEach
    void stop() {
        axon.shutdown();
    }

    @Test
    void a_publication_opens_each_window_on_each_holiday_and_sent_again_opens_none() {
        var publication =
                publication(SATURDAY, SATURDAY.plusDays(1), window("09:00", "10:00"), window("10:00", "11:00"));

        assertThat(appointments.publishSlots(publication, INTAKE))
                .isEqualTo(new Result.Done<>(
                        new SlotPublication.Published(4, 0, List.of(SATURDAY, SATURDAY.plusDays(1)))));
        assertThat(appointments.publishSlots(publication, INTAKE))
                .isEqualTo(new Result.Done<>(
                        new SlotPublication.Published(0, 4, List.of(SATURDAY, SATURDAY.plusDays(1)))));
    }

    @Test
    void only_the_centre_or_an_administrator_publishes_even_when_every_slot_asked_for_exists_already() {
        var publication = publication(SATURDAY, SATURDAY, window("09:00", "10:00"));
        appointments.publishSlots(publication, INTAKE);

        for (var role : List.of(Role.AUDITOR, Role.HANDLER, Role.DISCIPLINE)) {
            var result = appointments.publishSlots(publication, new Actor("someone", role, "minzheng"));
            assertThat(result).as(role.name()).isInstanceOf(Result.Refused.class);
            assertThat(((Result.Refused<?>) result).reason()).isEqualTo("ROLE_NOT_ALLOWED");
        }
    }

    @Test
    void a_publication_with_one_window_ending_before_it_starts_opens_nothing() {
        var result = appointments.publishSlots(
                publication(SATURDAY, SATURDAY, window("09:00", "10:00"), window("11:00", "10:30")), INTAKE);

        assertThat(result).isInstanceOf(Result.Invalid.class);
        assertThat(((Result.Invalid<?>) result).message()).contains("a slot must end after it starts");
        assertThat(opened(SATURDAY, "09:00")).isFalse();
    }

    @Test
    void a_publication_with_a_window_that_has_begun_today_opens_nothing_and_sent_again_still_opens_nothing() {
        var publication = publication(TODAY, TODAY, window("16:00", "17:00"), window("08:00", "09:00"));

        for (int attempt = 0; attempt < 2; attempt++) {
            var result = appointments.publishSlots(publication, INTAKE);
            assertThat(result).isInstanceOf(Result.Refused.class);
            assertThat(((Result.Refused<?>) result).reason()).isEqualTo("SLOT_IN_PAST");
            assertThat(((Result.Refused<?>) result).detail()).startsWith("2026-10-01 08:00");
            assertThat(opened(TODAY, "16:00")).isFalse();
        }
    }

    @Test
    void two_windows_starting_at_the_same_time_are_invalid_and_open_nothing() {
        var result = appointments.publishSlots(
                publication(SATURDAY, SATURDAY, window("09:00", "10:00"), window("09:00", "09:30")), INTAKE);

        assertThat(result).isEqualTo(new Result.Invalid<>("windows", "two windows start at 09:00"));
        assertThat(opened(SATURDAY, "09:00")).isFalse();
    }

    @Test
    void a_window_without_an_end_or_a_capacity_out_of_range_is_invalid_and_opens_nothing() {
        assertThat(appointments.publishSlots(
                        publication(SATURDAY, SATURDAY, window("09:00", "10:00"), window("11:00", null)), INTAKE))
                .isInstanceOf(Result.Invalid.class);
        var tooMany = new SlotPublication(
                HallZone.MINZHENG,
                SATURDAY,
                SATURDAY,
                SlotDays.NON_WORKING_DAYS,
                List.of(window("09:00", "10:00")),
                51);
        assertThat(appointments.publishSlots(tooMany, INTAKE))
                .isEqualTo(new Result.Invalid<>("capacity", "capacity must be between 1 and 50"));
        assertThat(opened(SATURDAY, "09:00")).isFalse();
    }

    @Test
    void a_range_ending_more_than_a_year_ahead_is_invalid_even_at_the_last_date_there_is() {
        var last = LocalDate.MAX;
        assertThat(appointments.publishSlots(publication(last, last, window("09:00", "10:00")), INTAKE))
                .isEqualTo(new Result.Invalid<>("to", "slots are published at most 1 year ahead"));
        var justOver = TODAY.plusYears(1).plusDays(1);
        assertThat(appointments.publishSlots(publication(justOver, justOver, window("09:00", "10:00")), INTAKE))
                .isInstanceOf(Result.Invalid.class);
        var aYearAhead = TODAY.plusYears(1);
        assertThat(appointments.publishSlots(
                        new SlotPublication(
                                HallZone.MINZHENG,
                                aYearAhead,
                                aYearAhead,
                                SlotDays.EVERY_DAY,
                                List.of(window("09:00", "10:00")),
                                2),
                        INTAKE))
                .isInstanceOf(Result.Done.class);
    }

    private boolean opened(LocalDate day, String start) {
        return axon.eventStore()
                .readEvents(AppointmentSlotIds.of(day, HallZone.MINZHENG, LocalTime.parse(start)))
                .hasNext();
    }

    private static SlotPublication publication(LocalDate from, LocalDate to, SlotPublication.Window... windows) {
        return new SlotPublication(HallZone.MINZHENG, from, to, SlotDays.NON_WORKING_DAYS, List.of(windows), 4);
    }

    private static SlotPublication.Window window(String start, String end) {
        return new SlotPublication.Window(LocalTime.parse(start), end == null ? null : LocalTime.parse(end));
    }
}
