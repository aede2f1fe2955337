package org.onetrip.appointments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.onetrip.appointments.api.BookingResponse;
import org.onetrip.appointments.application.Appointments;
import org.onetrip.appointments.application.BookingRequest;
import org.onetrip.appointments.application.SlotPublication;
import org.onetrip.appointments.web.AppointmentRequests.BookRequest;
import org.onetrip.appointments.web.AppointmentRequests.CancelRequest;
import org.onetrip.appointments.web.AppointmentRequests.CapacityRequest;
import org.onetrip.appointments.web.AppointmentRequests.ClosureRequest;
import org.onetrip.appointments.web.AppointmentRequests.MoveRequest;
import org.onetrip.appointments.web.AppointmentRequests.OutcomeRequest;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.application.Result;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.ResultResponses;
import org.onetrip.shared.web.StaffIdentity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The centre's side of appointments: publishing slots, registering phone bookings, and the desk's
 * arrival, no-show and outcome. Who may do what is decided by the slot and the booking themselves.
 */
@RestController
@RequestMapping("/api/staff/appointments")
@Tag(name = "Staff appointments", description = "Slots, phone bookings and the desk's day")
public class StaffAppointmentController {

    private static final URI UNKNOWN_SLOT = URI.create("/problems/unknown-slot");

    private final Appointments appointments;
    private final StaffIdentity identity;

    public StaffAppointmentController(Appointments appointments, StaffIdentity identity) {
        this.appointments = appointments;
        this.identity = identity;
    }

    @PostMapping("/slots")
    @Operation(
            summary =
                    "Publish slots for a hall zone on the days the calendar selects (weekends and holidays by default)")
    public SlotPublication.Published publish(@RequestBody SlotPublication publication, HttpServletRequest http) {
        return ResultResponses.valueOf(
                appointments.publishSlots(publication, identity.current(http)), UNKNOWN_SLOT, "slot");
    }

    @PostMapping("/slots/{slotId}/capacity")
    @Operation(summary = "Change a slot's capacity (never below the seats booked)")
    public ResponseEntity<Void> capacity(
            @PathVariable String slotId, @RequestBody CapacityRequest request, HttpServletRequest http) {
        ResultResponses.valueOf(
                appointments.changeCapacity(slotId, request.capacity(), identity.current(http)), UNKNOWN_SLOT, "slot");
        return ResponseEntity.noContent().build();
    }

    @PostMapping("/slots/{slotId}/closure")
    @Operation(summary = "Close a slot nobody holds a seat in")
    public ResponseEntity<Void> close(
            @PathVariable String slotId, @Valid @RequestBody ClosureRequest request, HttpServletRequest http) {
        ResultResponses.valueOf(
                appointments.closeSlot(slotId, request.reason(), identity.current(http)), UNKNOWN_SLOT, "slot");
        return ResponseEntity.noContent().build();
    }

    @PostMapping
    @Operation(summary = "Register a booking for a caller (channel HOTLINE or WINDOW); the code is read out to them")
    public ResponseEntity<BookingAnswer> register(@Valid @RequestBody BookRequest request, HttpServletRequest http) {
        var channel = request.channel() == null ? Channel.HOTLINE : request.channel();
        var booked = ResultResponses.valueOf(
                appointments.book(
                        new BookingRequest(
                                request.slotId(),
                                request.serviceItemCode(),
                                request.name(),
                                request.phone(),
                                request.email(),
                                request.wechatOpenId()),
                        identity.current(http),
                        channel,
                        http.getRemoteAddr()),
                PublicAppointmentController.UNKNOWN_BOOKING,
                "booking");
        return ResponseEntity.created(
                        URI.create("/api/staff/appointments/" + booked.booking().bookingId()))
                .body(new BookingAnswer(
                        booked.bookingCode(),
                        "/api/public/appointments/" + booked.bookingCode(),
                        booked.booking(),
                        booked.notice()));
    }

    @GetMapping("/by-code/{bookingCode}")
    @Operation(summary = "Find a booking by the code the applicant shows or reads out")
    public BookingResponse byCode(@PathVariable String bookingCode, HttpServletRequest http) {
        return booking(appointments.deskLookup(bookingCode, identity.current(http)));
    }

    @GetMapping("/{bookingId}")
    public BookingResponse find(@PathVariable String bookingId, HttpServletRequest http) {
        identity.current(http);
        return booking(appointments.booking(bookingId));
    }

    @GetMapping("/{bookingId}/timeline")
    @Operation(summary = "Every stored event of a booking (contact data and booking code withheld)")
    public CaseTimelineResponse timeline(@PathVariable String bookingId, HttpServletRequest http) {
        identity.current(http);
        return appointments
                .timeline(bookingId)
                .orElseThrow(() -> new ApiException(Problems.of(
                        HttpStatus.NOT_FOUND,
                        PublicAppointmentController.UNKNOWN_BOOKING,
                        "Unknown booking",
                        "no such booking")));
    }

    @PostMapping("/{bookingId}/arrival")
    public BookingResponse arrival(@PathVariable String bookingId, HttpServletRequest http) {
        return booking(appointments.recordArrival(bookingId, identity.current(http)));
    }

    @PostMapping("/{bookingId}/no-show")
    public BookingResponse noShow(@PathVariable String bookingId, HttpServletRequest http) {
        return booking(appointments.recordNoShow(bookingId, identity.current(http)));
    }

    @PostMapping("/{bookingId}/outcome")
    @Operation(summary = "Served in one trip, or 跑多次 with its reason and a note")
    public BookingResponse outcome(
            @PathVariable String bookingId, @Valid @RequestBody OutcomeRequest request, HttpServletRequest http) {
        return booking(appointments.recordOutcome(
                bookingId, request.outcome(), request.reason(), request.note(), identity.current(http)));
    }

    @PostMapping("/{bookingId}/cancellation")
    public BookingResponse cancel(
            @PathVariable String bookingId, @Valid @RequestBody CancelRequest request, HttpServletRequest http) {
        return booking(appointments.cancel(bookingId, request.reason(), identity.current(http)));
    }

    @PostMapping("/{bookingId}/move")
    public BookingResponse move(
            @PathVariable String bookingId, @Valid @RequestBody MoveRequest request, HttpServletRequest http) {
        return booking(appointments.move(bookingId, request.toSlotId(), identity.current(http)));
    }

    private static BookingResponse booking(Result<BookingResponse> result) {
        return ResultResponses.valueOf(result, PublicAppointmentController.UNKNOWN_BOOKING, "booking");
    }
}
