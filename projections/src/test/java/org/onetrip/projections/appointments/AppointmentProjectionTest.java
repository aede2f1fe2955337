package org.onetrip.projections.appointments;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.appointments.api.AppointmentBookedEvent;
import org.onetrip.appointments.api.AppointmentCancelledEvent;
import org.onetrip.appointments.api.AppointmentEvent;
import org.onetrip.appointments.api.AppointmentReminderDueEvent;
import org.onetrip.appointments.api.AppointmentSlotIds;
import org.onetrip.appointments.api.AppointmentSlotOpenedEvent;
import org.onetrip.appointments.api.BookedItem;
import org.onetrip.appointments.api.SlotEvent;
import org.onetrip.appointments.api.SlotSeatReleasedEvent;
import org.onetrip.appointments.api.SlotSeatTakenEvent;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.testing.SearchNode;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;

/**
 * The slot and booking indices from events only: seats counted, a full slot not offered to the public,
 * redelivered events changing nothing, and neither the booking code nor the applicant in any document.
 */
class AppointmentProjectionTest {

    static final LocalDate SATURDAY = LocalDate.parse("2026-10-03");
    static final String SLOT = AppointmentSlotIds.of(SATURDAY, HallZone.MINZHENG, LocalTime.of(9, 0));
    static final Clock BEFORE = Clock.fixed(Instant.parse("2026-10-01T02:00:00Z"), ZoneOffset.UTC);
    static final BookedItem ITEM = new BookedItem("MZ-001", "最低生活保障审批", "minzheng", HallZone.MINZHENG, 1);

    @Test
    void seats_are_counted_a_full_slot_is_not_offered_and_a_redelivery_changes_nothing() {
        var client = SearchNode.client();
        var slots = new ProjectionIndex(
                client, SearchNode.uniquePrefix("slots"), "projections/appointment-slots-index.json", BEFORE);
        var bookings = new ProjectionIndex(
                client, SearchNode.uniquePrefix("bookings"), "projections/appointments-index.json", BEFORE);
        slots.ensureExists();
        bookings.ensureExists();
        var projection = new AppointmentProjection(client, slots, bookings);
        List<SlotEvent> slotEvents = List.of(
                new AppointmentSlotOpenedEvent(
                        SLOT, ctx(), SATURDAY, HallZone.MINZHENG, LocalTime.of(9, 0), LocalTime.of(10, 0), 2, false, 2),
                new SlotSeatTakenEvent(SLOT, ctx(), "bk-1", 1),
                new SlotSeatTakenEvent(SLOT, ctx(), "bk-2", 2));
        List<AppointmentEvent> bookingEvents = List.of(
                new AppointmentBookedEvent(
                        "bk-1",
                        ctx(),
                        "SECRETCODE000001X",
                        SLOT,
                        SATURDAY,
                        LocalTime.of(9, 0),
                        LocalTime.of(10, 0),
                        1,
                        ITEM,
                        null),
                new AppointmentReminderDueEvent("bk-1", ctx(), SATURDAY, LocalTime.of(9, 0)));
        for (int round = 0; round < 2; round++) {
            for (int i = 0; i < slotEvents.size(); i++) {
                projection.on(slotEvents.get(i), i);
            }
            for (int i = 0; i < bookingEvents.size(); i++) {
                projection.on(bookingEvents.get(i), i);
            }
        }
        slots.refresh();
        bookings.refresh();
        var search = new AppointmentSearch(client, slots.readAlias(), bookings.readAlias(), BEFORE);

        assertThat(search.slots(HallZone.MINZHENG, SATURDAY, SATURDAY, false))
                .singleElement()
                .satisfies(slot -> {
                    assertThat(slot.booked()).isEqualTo(2);
                    assertThat(slot.free()).isZero();
                    assertThat(slot.workingDay()).isFalse();
                });
        assertThat(search.slots(HallZone.MINZHENG, SATURDAY, SATURDAY, true)).isEmpty();
        var day = search.day(SATURDAY, HallZone.MINZHENG);
        assertThat(day).singleElement().satisfies(booking -> {
            assertThat(booking.seat).isEqualTo(1);
            assertThat(booking.reminded).isTrue();
            assertThat(booking.status).isEqualTo("BOOKED");
        });
        assertThat(search.dueForReminder(Instant.parse("2026-10-04T00:00:00Z"))).isEmpty();

        projection.on(new SlotSeatReleasedEvent(SLOT, ctx(), "bk-2"), 3);
        slots.refresh();
        assertThat(search.slots(HallZone.MINZHENG, SATURDAY, SATURDAY, true))
                .singleElement()
                .satisfies(slot -> assertThat(slot.free()).isEqualTo(1));
        projection.on(new AppointmentCancelledEvent("bk-1", ctx(), SLOT, null), 2);
        bookings.refresh();
        assertThat(search.day(SATURDAY, null))
                .singleElement()
                .satisfies(b -> assertThat(b.status).isEqualTo("CANCELLED"));
    }

    @Test
    void bookings_not_yet_reminded_are_due_within_the_lead_time() throws Exception {
        var client = SearchNode.client();
        var slots = new ProjectionIndex(
                client, SearchNode.uniquePrefix("slots"), "projections/appointment-slots-index.json", BEFORE);
        var bookings = new ProjectionIndex(
                client, SearchNode.uniquePrefix("bookings"), "projections/appointments-index.json", BEFORE);
        slots.ensureExists();
        bookings.ensureExists();
        var projection = new AppointmentProjection(client, slots, bookings);
        projection.on(
                new AppointmentBookedEvent(
                        "bk-9",
                        ctx(),
                        "SECRETCODE000001X",
                        SLOT,
                        SATURDAY,
                        LocalTime.of(9, 0),
                        LocalTime.of(10, 0),
                        3,
                        ITEM,
                        null),
                0);
        bookings.refresh();
        var search = new AppointmentSearch(client, slots.readAlias(), bookings.readAlias(), BEFORE);

        assertThat(search.dueForReminder(Instant.parse("2026-10-02T02:00:00Z"))).isEmpty();
        assertThat(search.dueForReminder(Instant.parse("2026-10-03T02:00:00Z")))
                .extracting(b -> b.bookingId)
                .containsExactly("bk-9");
        var stored = client.get(g -> g.index(bookings.readAlias()).id("bk-9"), java.util.Map.class);
        assertThat(String.valueOf(stored.source())).doesNotContain("SECRETCODE");
    }

    private static EventContext ctx() {
        return new EventContext("e", Actor.PUBLIC, Channel.PORTAL, Instant.parse("2026-09-30T02:00:00Z"));
    }
}
