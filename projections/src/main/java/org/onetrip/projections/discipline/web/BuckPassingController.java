package org.onetrip.projections.discipline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Clock;
import java.util.List;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.projections.discipline.BuckPassingReport;
import org.onetrip.projections.discipline.BuckPassingReports;
import org.onetrip.projections.discipline.DepartmentSummary;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.projections.support.web.StaffAccess;
import org.onetrip.shared.api.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Buck-passing (推诿扯皮)")
public class BuckPassingController {

    private final BuckPassingReports reports;
    private final StaffAccess access;
    private final Clock clock;

    public BuckPassingController(BuckPassingReports reports, StaffAccess access, Clock clock) {
        this.reports = reports;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/staff/buck-passing/cases")
    @Operation(summary = "Flagged cases ranked by weight, each flag with its rule, triggering events and departments")
    public BuckPassingReport cases(
            @RequestParam(required = false) String department,
            @RequestParam(defaultValue = "100") int limit,
            HttpServletRequest http) {
        access.require(http, Role.DISCIPLINE, Role.AUDITOR, Role.ADMIN);
        if (limit < 1 || limit > 1000) {
            throw new InvalidSearchException("limit", "limit must be between 1 and 1000");
        }
        return reports.report(today(), department, limit);
    }

    @GetMapping("/api/staff/buck-passing/departments")
    @Operation(
            summary =
                    "Per department: returns, transfers, ping-pongs, overdue, time to sign, reopen and dissatisfaction rates")
    public List<DepartmentSummary> departments(HttpServletRequest http) {
        access.require(http, Role.DISCIPLINE, Role.AUDITOR, Role.ADMIN);
        return reports.departments(today());
    }

    private java.time.LocalDate today() {
        return clock.instant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }
}
