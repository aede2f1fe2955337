package org.onetrip.appointments.query;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.onetrip.appointments.api.ApplicantArrivedEvent;
import org.onetrip.appointments.api.ApplicantNoShowEvent;
import org.onetrip.appointments.api.ApplicantNotifiedEvent;
import org.onetrip.appointments.api.AppointmentBookedEvent;
import org.onetrip.appointments.api.AppointmentCancelledEvent;
import org.onetrip.appointments.api.AppointmentEvent;
import org.onetrip.appointments.api.AppointmentMovedEvent;
import org.onetrip.appointments.api.AppointmentReminderDueEvent;
import org.onetrip.appointments.api.AppointmentServedEvent;
import org.onetrip.appointments.api.BookingIds;
import org.onetrip.appointments.api.BookingResponse;
import org.onetrip.appointments.api.BookingStatus;
import org.onetrip.appointments.api.FindBookingQuery;
import org.onetrip.appointments.api.FindBookingTimelineQuery;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.ReceiptCode;
import org.springframework.stereotype.Component;

/** Answers booking questions straight from the event store, so what it shows is the record itself. */
@Component
public class BookingQueries {

    private final EventStore eventStore;
    private final ObjectMapper json;

    public BookingQueries(EventStore eventStore, ObjectMapper json) {
        this.eventStore = eventStore;
        this.json = json;
    }

    @QueryHandler
    public Optional<BookingResponse> handle(FindBookingQuery query) {
        return ReceiptCode.parse(query.bookingCode()).flatMap(code -> view(BookingIds.of(code)));
    }

    /** The booking by id, for staff who found it in the day list; the code is left out. */
    public Optional<BookingResponse> byId(String bookingId) {
        return view(bookingId).map(BookingQueries::withoutCode);
    }

    @QueryHandler
    public Optional<CaseTimelineResponse> handle(FindBookingTimelineQuery query) {
        var messages = events(query.bookingId());
        if (messages.isEmpty()) {
            return Optional.empty();
        }
        var entries = new ArrayList<CaseTimelineResponse.Entry>();
        for (var message : messages) {
            var event = (AppointmentEvent) message.getPayload();
            ObjectNode payload = json.valueToTree(event);
            if (event instanceof AppointmentBookedEvent booked) {
                payload.remove("bookingCode");
                var withheld = payload.putObject("applicant");
                withheld.put("withheld", true);
                withheld.put("given", booked.applicant() != null);
            }
            entries.add(new CaseTimelineResponse.Entry(
                    message.getSequenceNumber(),
                    event.context().eventId(),
                    message.getPayloadType().getSimpleName(),
                    message.getTimestamp(),
                    payload));
        }
        var view = fold(messages);
        return Optional.of(new CaseTimelineResponse(
                query.bookingId(),
                null,
                null,
                view.map(BookingResponse::version).orElse(-1L),
                entries));
    }

    private Optional<BookingResponse> view(String bookingId) {
        return fold(events(bookingId));
    }

    private List<? extends DomainEventMessage<?>> events(String bookingId) {
        if (bookingId == null || bookingId.length() > 64) {
            return List.of();
        }
        return eventStore.readEvents(bookingId).asStream().toList();
    }

    /** The one fold from events to a booking's state that every booking view uses. */
    static Optional<BookingResponse> fold(List<? extends DomainEventMessage<?>> messages) {
        if (messages.isEmpty() || !(messages.get(0).getPayload() instanceof AppointmentBookedEvent booked)) {
            return Optional.empty();
        }
        var state = new BookingResponse(
                booked.bookingId(),
                new ReceiptCode(booked.bookingCode()).grouped(),
                BookingStatus.BOOKED,
                booked.slotId(),
                booked.date(),
                booked.start(),
                booked.end(),
                booked.item().hallZone(),
                booked.seat(),
                booked.item(),
                booked.context().channel(),
                booked.context().occurredAt(),
                null,
                null,
                0,
                List.of());
        var history = new ArrayList<BookingResponse.Step>();
        for (var message : messages) {
            var event = message.getPayload();
            var at = ((AppointmentEvent) event).context().occurredAt();
            var type = event.getClass().getSimpleName();
            if (event instanceof AppointmentBookedEvent) {
                history.add(new BookingResponse.Step(type, at, null));
            } else if (event instanceof AppointmentMovedEvent moved) {
                state = with(
                        state,
                        state.status(),
                        moved.toSlotId(),
                        moved.date(),
                        moved.start(),
                        moved.end(),
                        moved.seat());
                history.add(new BookingResponse.Step(type, at, moved.date() + " " + moved.start()));
            } else if (event instanceof AppointmentCancelledEvent) {
                state = status(state, BookingStatus.CANCELLED);
                history.add(new BookingResponse.Step(type, at, null));
            } else if (event instanceof ApplicantArrivedEvent) {
                state = status(state, BookingStatus.ARRIVED);
                history.add(new BookingResponse.Step(type, at, null));
            } else if (event instanceof ApplicantNoShowEvent) {
                state = status(state, BookingStatus.NO_SHOW);
                history.add(new BookingResponse.Step(type, at, null));
            } else if (event instanceof AppointmentServedEvent served) {
                state = new BookingResponse(
                        state.bookingId(),
                        state.bookingCode(),
                        BookingStatus.SERVED,
                        state.slotId(),
                        state.date(),
                        state.start(),
                        state.end(),
                        state.zone(),
                        state.seat(),
                        state.item(),
                        state.bookedThrough(),
                        state.bookedAt(),
                        served.outcome(),
                        served.reason(),
                        0,
                        List.of());
                history.add(new BookingResponse.Step(type, at, served.outcome().name()));
            } else if (event instanceof AppointmentReminderDueEvent || event instanceof ApplicantNotifiedEvent) {
                history.add(new BookingResponse.Step(
                        type,
                        at,
                        event instanceof ApplicantNotifiedEvent notified
                                ? notified.channel().name()
                                : null));
            }
        }
        var last = messages.get(messages.size() - 1).getSequenceNumber();
        return Optional.of(new BookingResponse(
                state.bookingId(),
                state.bookingCode(),
                state.status(),
                state.slotId(),
                state.date(),
                state.start(),
                state.end(),
                state.zone(),
                state.seat(),
                state.item(),
                state.bookedThrough(),
                state.bookedAt(),
                state.outcome(),
                state.extraTripReason(),
                last,
                List.copyOf(history)));
    }

    private static BookingResponse status(BookingResponse s, BookingStatus status) {
        return with(s, status, s.slotId(), s.date(), s.start(), s.end(), s.seat());
    }

    private static BookingResponse with(
            BookingResponse s,
            BookingStatus status,
            String slotId,
            java.time.LocalDate date,
            java.time.LocalTime start,
            java.time.LocalTime end,
            int seat) {
        return new BookingResponse(
                s.bookingId(),
                s.bookingCode(),
                status,
                slotId,
                date,
                start,
                end,
                s.zone(),
                seat,
                s.item(),
                s.bookedThrough(),
                s.bookedAt(),
                s.outcome(),
                s.extraTripReason(),
                0,
                List.of());
    }

    private static BookingResponse withoutCode(BookingResponse s) {
        return new BookingResponse(
                s.bookingId(),
                null,
                s.status(),
                s.slotId(),
                s.date(),
                s.start(),
                s.end(),
                s.zone(),
                s.seat(),
                s.item(),
                s.bookedThrough(),
                s.bookedAt(),
                s.outcome(),
                s.extraTripReason(),
                s.version(),
                s.history());
    }
}
