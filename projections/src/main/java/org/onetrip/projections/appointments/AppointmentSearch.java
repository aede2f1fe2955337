package org.onetrip.projections.appointments;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.projections.support.SearchUnavailableException;

/** The lists appointments need: open slots for the public, the desk's day, bookings due a reminder. */
public class AppointmentSearch {

    public static final int MAX_DAYS = 92;
    static final int MAX_RESULTS = 1000;

    private final ElasticsearchClient client;
    private final String slotIndex;
    private final String bookingIndex;
    private final Clock clock;

    public AppointmentSearch(ElasticsearchClient client, String slotIndex, String bookingIndex, Clock clock) {
        this.client = client;
        this.slotIndex = slotIndex;
        this.bookingIndex = bookingIndex;
        this.clock = clock;
    }

    /** A slot as lists show it: when, where, how many seats are left, and whether it is a holiday. */
    public record Slot(
            String slotId,
            LocalDate date,
            HallZone zone,
            String start,
            String end,
            int capacity,
            int booked,
            int free,
            boolean closed,
            boolean workingDay) {}

    /** Slots of a zone (all zones when null) from {@code from} to {@code to}; the public sees only bookable ones. */
    public List<Slot> slots(HallZone zone, LocalDate from, LocalDate to, boolean bookableOnly) {
        checkRange(from, to);
        var filters = new ArrayList<Query>();
        if (zone != null) {
            filters.add(term("zone", zone.name()));
        }
        filters.add(Query.of(q ->
                q.range(r -> r.date(d -> d.field("date").gte(from.toString()).lte(to.toString())))));
        if (bookableOnly) {
            filters.add(term("closed", false));
            filters.add(Query.of(q -> q.range(
                    r -> r.date(d -> d.field("startsAt").gt(clock.instant().toString())))));
        }
        return search(slotIndex, filters, "startsAt", SlotDocument.class).stream()
                .filter(doc -> !bookableOnly || doc.free() > 0)
                .map(AppointmentSearch::slot)
                .toList();
    }

    public java.util.Optional<Slot> slot(String slotId) {
        if (slotId == null || slotId.length() > 64) {
            return java.util.Optional.empty();
        }
        try {
            var found = client.get(g -> g.index(slotIndex).id(slotId), SlotDocument.class);
            return found.found()
                    ? java.util.Optional.ofNullable(found.source()).map(AppointmentSearch::slot)
                    : java.util.Optional.empty();
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read slot " + slotId, e);
        }
    }

    /** The bookings of one day (of one zone when given), by time and seat: the desk's day list. */
    public List<BookingDocument> day(LocalDate date, HallZone zone) {
        Objects.requireNonNull(date, "date");
        var filters = new ArrayList<Query>();
        filters.add(Query.of(q ->
                q.range(r -> r.date(d -> d.field("date").gte(date.toString()).lte(date.toString())))));
        if (zone != null) {
            filters.add(term("zone", zone.name()));
        }
        return search(bookingIndex, filters, "startsAt", BookingDocument.class).stream()
                .sorted(java.util.Comparator.comparing((BookingDocument b) -> b.startsAt)
                        .thenComparingInt(b -> b.seat))
                .toList();
    }

    /** Bookings still to come that start before {@code until} and were not reminded yet. */
    public List<BookingDocument> dueForReminder(Instant until) {
        var filters = new ArrayList<Query>();
        filters.add(term("status", "BOOKED"));
        filters.add(term("reminded", false));
        filters.add(Query.of(q -> q.range(r ->
                r.date(d -> d.field("startsAt").gt(clock.instant().toString()).lte(until.toString())))));
        return search(bookingIndex, filters, "startsAt", BookingDocument.class);
    }

    private <T> List<T> search(String index, List<Query> filters, String sortField, Class<T> type) {
        try {
            var response = client.search(
                    s -> s.index(index)
                            .size(MAX_RESULTS)
                            .query(q -> q.bool(b -> b.filter(filters)))
                            .sort(o -> o.field(f -> f.field(sortField).order(SortOrder.Asc))),
                    type);
            return response.hits().hits().stream()
                    .map(Hit::source)
                    .filter(Objects::nonNull)
                    .toList();
        } catch (IOException e) {
            throw new SearchUnavailableException("appointment search failed", e);
        }
    }

    private static void checkRange(LocalDate from, LocalDate to) {
        if (from == null
                || to == null
                || to.isBefore(from)
                || from.plusDays(MAX_DAYS).isBefore(to)) {
            throw new InvalidSearchException("to", "from and to span at most " + MAX_DAYS + " days, forwards");
        }
    }

    private static Query term(String field, String value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static Query term(String field, boolean value) {
        return Query.of(q -> q.term(t -> t.field(field).value(FieldValue.of(value))));
    }

    private static Slot slot(SlotDocument doc) {
        return new Slot(
                doc.slotId,
                doc.date,
                HallZone.valueOf(doc.zone),
                doc.start,
                doc.end,
                doc.capacity,
                doc.booked,
                doc.free(),
                doc.closed,
                doc.workingDay);
    }
}
