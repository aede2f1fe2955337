package org.onetrip.projections.appointments.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.LocalDate;
import java.util.List;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.projections.appointments.AppointmentSearch;
import org.onetrip.projections.appointments.BookingDocument;
import org.onetrip.projections.support.web.StaffAccess;
import org.onetrip.shared.api.Role;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Lists for appointments: the public's open slots, the centre's slots and the desk's day. */
@RestController
@Tag(name = "Appointment lists")
public class AppointmentListController {

    private final AppointmentSearch search;
    private final StaffAccess access;

    public AppointmentListController(AppointmentSearch search, StaffAccess access) {
        this.search = search;
        this.access = access;
    }

    @GetMapping("/api/public/appointments/slots")
    @Operation(summary = "Slots still bookable (begun, closed and full ones left out), by date and time")
    public List<AppointmentSearch.Slot> open(
            @RequestParam(required = false) HallZone zone,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {
        return search.slots(zone, from, to, true);
    }

    @GetMapping("/api/staff/appointments/slots")
    @Operation(summary = "Every published slot with its seats taken, closed ones included")
    public List<AppointmentSearch.Slot> all(
            @RequestParam(required = false) HallZone zone,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to,
            HttpServletRequest http) {
        access.require(http);
        return search.slots(zone, from, to, false);
    }

    @GetMapping("/api/staff/appointments/day")
    @Operation(
            summary =
                    "The desk's day list: bookings by time and seat number, with status and outcome (no names, no codes)")
    public List<BookingDocument> day(
            @RequestParam @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate date,
            @RequestParam(required = false) HallZone zone,
            HttpServletRequest http) {
        access.require(http, Role.INTAKE, Role.HANDLER, Role.DISCIPLINE, Role.AUDITOR, Role.ADMIN);
        return search.day(date, zone);
    }
}
