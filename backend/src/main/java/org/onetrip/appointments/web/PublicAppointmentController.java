package org.onetrip.appointments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.onetrip.appointments.application.Appointments;
import org.onetrip.appointments.application.BookingRequest;
import org.onetrip.appointments.web.AppointmentRequests.BookRequest;
import org.onetrip.appointments.web.AppointmentRequests.CancelRequest;
import org.onetrip.appointments.web.AppointmentRequests.MoveRequest;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.ResultResponses;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** 节假日"预约办事" for the public: book, look up, cancel and move by booking code. */
@RestController
@RequestMapping("/api/public/appointments")
@Tag(name = "Public appointments", description = "Booking a slot without an account; the booking code is the key")
public class PublicAppointmentController {

    public static final URI UNKNOWN_BOOKING = URI.create("/problems/unknown-booking");

    private final Appointments appointments;

    public PublicAppointmentController(Appointments appointments) {
        this.appointments = appointments;
    }

    @PostMapping
    @Operation(summary = "Book a slot for a service item; answers with the booking code and the notice of materials")
    public ResponseEntity<BookingAnswer> book(@Valid @RequestBody BookRequest request, HttpServletRequest http) {
        var channel = request.channel() == null ? Channel.PORTAL : request.channel();
        if (channel != Channel.PORTAL && channel != Channel.WECHAT) {
            throw new ApiException(Problems.of(
                    HttpStatus.BAD_REQUEST, Problems.INVALID_INPUT, "Invalid input", "channel: PORTAL or WECHAT"));
        }
        var booked = ResultResponses.valueOf(
                appointments.book(
                        new BookingRequest(
                                request.slotId(),
                                request.serviceItemCode(),
                                request.name(),
                                request.phone(),
                                request.email(),
                                request.wechatOpenId()),
                        Actor.PUBLIC,
                        channel,
                        http.getRemoteAddr()),
                UNKNOWN_BOOKING,
                "booking");
        var track = "/api/public/appointments/" + booked.bookingCode();
        return ResponseEntity.created(URI.create(track))
                .body(new BookingAnswer(booked.bookingCode(), track, booked.booking(), booked.notice()));
    }

    @GetMapping("/{bookingCode}")
    @Operation(summary = "A booking by its code: when, where, seat number, status, history and the notice of materials")
    public BookingAnswer find(@PathVariable String bookingCode, HttpServletRequest http) {
        var booking = ResultResponses.valueOf(
                appointments.byCode(bookingCode, http.getRemoteAddr()), UNKNOWN_BOOKING, "booking");
        return new BookingAnswer(
                booking.bookingCode(),
                "/api/public/appointments/" + booking.bookingCode(),
                booking,
                appointments.notice(booking).orElse(null));
    }

    @PostMapping("/{bookingCode}/cancellation")
    @Operation(summary = "Cancel before the slot begins")
    public BookingAnswer cancel(
            @PathVariable String bookingCode, @Valid @RequestBody CancelRequest request, HttpServletRequest http) {
        var booking = ResultResponses.valueOf(
                appointments.cancelByCode(bookingCode, request.reason(), http.getRemoteAddr()),
                UNKNOWN_BOOKING,
                "booking");
        return new BookingAnswer(booking.bookingCode(), null, booking, null);
    }

    @PostMapping("/{bookingCode}/move")
    @Operation(summary = "Move to another open slot of the same hall zone before the slot begins")
    public BookingAnswer move(
            @PathVariable String bookingCode, @Valid @RequestBody MoveRequest request, HttpServletRequest http) {
        var booking = ResultResponses.valueOf(
                appointments.moveByCode(bookingCode, request.toSlotId(), http.getRemoteAddr()),
                UNKNOWN_BOOKING,
                "booking");
        return new BookingAnswer(booking.bookingCode(), null, booking, null);
    }
}
