package org.onetrip.projections.liaison.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.grid.api.FindGridVisitNormsQuery;
import org.onetrip.grid.api.GridCompliance;
import org.onetrip.grid.api.GridVisitNormsResponse;
import org.onetrip.projections.liaison.EnterpriseSearch;
import org.onetrip.projections.liaison.EnterpriseView;
import org.onetrip.projections.liaison.GridDocument;
import org.onetrip.projections.liaison.GridSearch;
import org.onetrip.projections.support.web.StaffAccess;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * What staff read of grid visits and enterprise liaison, and what an enterprise reads of its own requests
 * with its access code. Nothing here carries contact data, an access code or a receipt code.
 */
@RestController
@Tag(name = "Grid visits and enterprise liaison (read)")
public class LiaisonReadController {

    private final GridSearch grids;
    private final EnterpriseSearch enterprises;
    private final StaffAccess access;
    private final QueryGateway queries;
    private final Clock clock;

    public LiaisonReadController(
            GridSearch grids, EnterpriseSearch enterprises, StaffAccess access, QueryGateway queries, Clock clock) {
        this.grids = grids;
        this.enterprises = enterprises;
        this.access = access;
        this.queries = queries;
        this.clock = clock;
    }

    @GetMapping("/api/staff/grids")
    @Operation(summary = "Every grid with its posts and post history; personId: only the grids that person serves")
    public List<GridDocument> grids(@RequestParam(required = false) String personId, HttpServletRequest http) {
        access.require(http);
        return grids.grids(blankToNull(personId));
    }

    @GetMapping("/api/staff/grids/{gridId}")
    public GridDocument grid(@PathVariable String gridId, HttpServletRequest http) {
        access.require(http);
        return grids.grid(gridId).orElseThrow(() -> notFound(Problems.UNKNOWN_GRID, "no grid " + gridId));
    }

    @GetMapping("/api/staff/grid-visits")
    @Operation(summary = "Grid visits, newest first, with the progress of the cases their issues became")
    public GridSearch.VisitPage visits(
            @RequestParam(required = false) String gridId,
            @RequestParam(required = false) String personId,
            @RequestParam(required = false) YearMonth month,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            HttpServletRequest http) {
        access.require(http);
        return grids.visits(blankToNull(gridId), blankToNull(personId), month, page, size);
    }

    @GetMapping("/api/staff/grid-visits/{visitId}")
    public GridSearch.VisitView visit(@PathVariable String visitId, HttpServletRequest http) {
        access.require(http);
        return grids.visit(visitId).orElseThrow(() -> notFound(Problems.UNKNOWN_GRID, "no visit " + visitId));
    }

    @GetMapping("/api/staff/grid-compliance")
    @Operation(summary = "Visits done against visits required per grid for a month (this month by default)")
    public GridCompliance compliance(@RequestParam(required = false) YearMonth month, HttpServletRequest http) {
        access.require(http);
        var norms = queries.query(new FindGridVisitNormsQuery(), GridVisitNormsResponse.class)
                .join();
        return grids.compliance(
                month == null ? YearMonth.now(clock.withZone(WorkingDayCalendar.ZONE)) : month, norms.rule());
    }

    @GetMapping("/api/staff/enterprises")
    @Operation(summary = "The enterprise register (no contact data, no access codes); liaison: one cadre's enterprises")
    public List<EnterpriseView> enterprises(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) String liaison,
            HttpServletRequest http) {
        access.require(http);
        return enterprises.enterprises(q, blankToNull(liaison));
    }

    @GetMapping("/api/staff/enterprises/{enterpriseId}")
    public EnterpriseView enterprise(@PathVariable String enterpriseId, HttpServletRequest http) {
        access.require(http);
        return enterprises
                .enterprise(enterpriseId)
                .orElseThrow(() -> notFound(Problems.UNKNOWN_ENTERPRISE, "no enterprise " + enterpriseId));
    }

    @GetMapping("/api/staff/enterprise-visits")
    @Operation(summary = "Work ledger entries (工作台账), newest first, with the progress of their requests")
    public EnterpriseSearch.LedgerPage ledger(
            @RequestParam(required = false) String enterpriseId,
            @RequestParam(required = false) String liaison,
            @RequestParam(required = false) YearMonth month,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            HttpServletRequest http) {
        access.require(http);
        return enterprises.ledger(blankToNull(enterpriseId), blankToNull(liaison), month, page, size);
    }

    @GetMapping("/api/staff/enterprise-requests")
    @Operation(summary = "Enterprise requests raised in a span of months, grouped by type (分类集中解决)")
    public EnterpriseSearch.RequestsByType requests(
            @RequestParam(required = false) YearMonth from,
            @RequestParam(required = false) YearMonth to,
            HttpServletRequest http) {
        access.require(http);
        var today = LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
        var until = to == null ? YearMonth.from(today) : to;
        return enterprises.requestsByType(from == null ? until.minusMonths(11) : from, until, today);
    }

    @GetMapping("/api/staff/enterprise-coverage")
    @Operation(summary = "Registered enterprises without a ledger visit in the month (the plan: at least monthly)")
    public EnterpriseSearch.MonthlyCoverage coverage(
            @RequestParam(required = false) YearMonth month, HttpServletRequest http) {
        access.require(http);
        return enterprises.coverage(month == null ? YearMonth.now(clock.withZone(WorkingDayCalendar.ZONE)) : month);
    }

    public record AccessCodeRequest(
            @NotBlank @Size(max = 40) String accessCode) {}

    @PostMapping("/api/public/enterprise-requests")
    @Operation(
            summary = "An enterprise reads the status of its own requests with its access code (in the body, so it "
                    + "stays out of URLs and logs); rate-limited like receipt lookups")
    public ResponseEntity<EnterpriseSearch.OwnRequests> ownRequests(@Valid @RequestBody AccessCodeRequest body) {
        var unknown = notFound(Problems.UNKNOWN_ENTERPRISE, "no enterprise with that code");
        var code = ReceiptCode.parse(body.accessCode()).orElseThrow(() -> unknown);
        var own = enterprises.ownRequests(code).orElseThrow(() -> unknown);
        return ResponseEntity.ok().cacheControl(CacheControl.noStore()).body(own);
    }

    private static ApiException notFound(java.net.URI type, String detail) {
        return new ApiException(Problems.of(HttpStatus.NOT_FOUND, type, "Not found", detail));
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
