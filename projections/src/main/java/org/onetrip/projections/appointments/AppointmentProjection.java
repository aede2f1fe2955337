package org.onetrip.projections.appointments;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.onetrip.appointments.api.ApplicantArrivedEvent;
import org.onetrip.appointments.api.ApplicantNoShowEvent;
import org.onetrip.appointments.api.AppointmentBookedEvent;
import org.onetrip.appointments.api.AppointmentCancelledEvent;
import org.onetrip.appointments.api.AppointmentEvent;
import org.onetrip.appointments.api.AppointmentMovedEvent;
import org.onetrip.appointments.api.AppointmentReminderDueEvent;
import org.onetrip.appointments.api.AppointmentServedEvent;
import org.onetrip.appointments.api.AppointmentSlotClosedEvent;
import org.onetrip.appointments.api.AppointmentSlotOpenedEvent;
import org.onetrip.appointments.api.BookingStatus;
import org.onetrip.appointments.api.SlotCapacityChangedEvent;
import org.onetrip.appointments.api.SlotEvent;
import org.onetrip.appointments.api.SlotSeatReleasedEvent;
import org.onetrip.appointments.api.SlotSeatTakenEvent;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.projections.support.BulkWriter;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.support.SearchUnavailableException;

/**
 * Builds the slot index (what the public can book, what is left) and the booking index (the desk's
 * day list, the reminder schedule) from events only. Writes carry the aggregate sequence + 1 as
 * external version, so a redelivered event neither folds in twice nor replaces a newer document; an
 * aggregate's first event starts a fresh document, so a rebuild reads nothing back.
 */
@ProcessingGroup(AppointmentProjection.PROCESSING_GROUP)
public class AppointmentProjection {

    public static final String PROCESSING_GROUP = "appointments";
    private static final int REMEMBERED = 10_000;

    private final ElasticsearchClient client;
    private final ProjectionIndex slots;
    private final ProjectionIndex bookings;
    private final BulkWriter writer;
    private final Map<String, SlotDocument> recentSlots = remembered();
    private final Map<String, BookingDocument> recentBookings = remembered();
    private final Map<String, Long> versions = remembered();

    public AppointmentProjection(ElasticsearchClient client, ProjectionIndex slots, ProjectionIndex bookings) {
        this.client = client;
        this.slots = slots;
        this.bookings = bookings;
        this.writer = new BulkWriter(client, this::forget);
    }

    @EventHandler
    void on(SlotEvent event, @SequenceNumber long sequence) {
        var doc = recentSlots.computeIfAbsent(
                event.slotId(), id -> sequence == 0 ? new SlotDocument() : load(slots, id, SlotDocument.class));
        if (!newer(event.slotId(), sequence)) {
            return;
        }
        if (event instanceof AppointmentSlotOpenedEvent opened) {
            doc.slotId = opened.slotId();
            doc.date = opened.date();
            doc.zone = opened.zone().name();
            doc.start = opened.start().toString();
            doc.end = opened.end().toString();
            doc.startsAt = instant(opened.date(), opened.start());
            doc.capacity = opened.capacity();
            doc.workingDay = opened.workingDay();
        } else if (event instanceof SlotCapacityChangedEvent changed) {
            doc.capacity = changed.capacity();
        } else if (event instanceof AppointmentSlotClosedEvent) {
            doc.closed = true;
        } else if (event instanceof SlotSeatTakenEvent) {
            doc.booked++;
        } else if (event instanceof SlotSeatReleasedEvent) {
            doc.booked = Math.max(0, doc.booked - 1);
        }
        writer.index(slots.writeAlias(), event.slotId(), sequence + 1, doc);
    }

    @EventHandler
    void on(AppointmentEvent event, @SequenceNumber long sequence) {
        var doc = recentBookings.computeIfAbsent(
                event.bookingId(),
                id -> sequence == 0 ? new BookingDocument() : load(bookings, id, BookingDocument.class));
        if (!newer(event.bookingId(), sequence)) {
            return;
        }
        if (event instanceof AppointmentBookedEvent booked) {
            doc.bookingId = booked.bookingId();
            doc.slotId = booked.slotId();
            doc.date = booked.date();
            doc.start = booked.start().toString();
            doc.end = booked.end().toString();
            doc.startsAt = instant(booked.date(), booked.start());
            doc.zone = booked.item().hallZone().name();
            doc.seat = booked.seat();
            doc.itemCode = booked.item().code();
            doc.itemName = booked.item().name();
            doc.departmentCode = booked.item().departmentCode();
            doc.channel = booked.context().channel().name();
            doc.status = BookingStatus.BOOKED.name();
            doc.bookedAt = booked.context().occurredAt();
        } else if (event instanceof AppointmentMovedEvent moved) {
            doc.slotId = moved.toSlotId();
            doc.date = moved.date();
            doc.start = moved.start().toString();
            doc.end = moved.end().toString();
            doc.startsAt = instant(moved.date(), moved.start());
            doc.seat = moved.seat();
            doc.reminded = false;
        } else if (event instanceof AppointmentCancelledEvent) {
            doc.status = BookingStatus.CANCELLED.name();
        } else if (event instanceof ApplicantArrivedEvent) {
            doc.status = BookingStatus.ARRIVED.name();
        } else if (event instanceof ApplicantNoShowEvent) {
            doc.status = BookingStatus.NO_SHOW.name();
        } else if (event instanceof AppointmentServedEvent served) {
            doc.status = BookingStatus.SERVED.name();
            doc.outcome = served.outcome().name();
            doc.extraTripReason =
                    served.reason() == null ? null : served.reason().name();
        } else if (event instanceof AppointmentReminderDueEvent) {
            doc.reminded = true;
        }
        writer.index(bookings.writeAlias(), event.bookingId(), sequence + 1, doc);
    }

    @ResetHandler
    void reset() {
        forget();
    }

    public ProjectionIndex slots() {
        return slots;
    }

    public ProjectionIndex bookings() {
        return bookings;
    }

    private synchronized void forget() {
        recentSlots.clear();
        recentBookings.clear();
        versions.clear();
    }

    /** Whether this event is past what the remembered document already holds (a redelivery is not). */
    private boolean newer(String id, long sequence) {
        var seen = versions.get(id);
        if (seen != null && seen >= sequence) {
            return false;
        }
        versions.put(id, sequence);
        return true;
    }

    private <T> T load(ProjectionIndex index, String id, Class<T> type) {
        try {
            var found = client.get(g -> g.index(index.writeAlias()).id(id), type);
            if (found.found() && found.source() != null) {
                versions.put(id, found.version() == null ? -1 : found.version() - 1);
                return found.source();
            }
            return type.getDeclaredConstructor().newInstance();
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read " + id + " back from the index", e);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static java.time.Instant instant(LocalDate date, LocalTime time) {
        return LocalDateTime.of(date, time).atZone(WorkingDayCalendar.ZONE).toInstant();
    }

    private static <V> Map<String, V> remembered() {
        return Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, V> eldest) {
                return size() > REMEMBERED;
            }
        });
    }
}
