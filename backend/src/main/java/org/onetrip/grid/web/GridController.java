package org.onetrip.grid.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import java.util.List;
import org.onetrip.grid.api.GridCadreRole;
import org.onetrip.grid.api.GridOutcome;
import org.onetrip.grid.api.GridVisitNormsResponse;
import org.onetrip.grid.api.UnknownGridException;
import org.onetrip.grid.application.GridVisits;
import org.onetrip.grid.application.VisitReport;
import org.onetrip.grid.web.GridRequests.AssignCadreRequest;
import org.onetrip.grid.web.GridRequests.DefineGridRequest;
import org.onetrip.grid.web.GridRequests.IssueRequest;
import org.onetrip.grid.web.GridRequests.LogVisitRequest;
import org.onetrip.grid.web.GridRequests.RaiseIssueRequest;
import org.onetrip.grid.web.GridRequests.ReleaseCadreRequest;
import org.onetrip.grid.web.GridRequests.ReviseGridRequest;
import org.onetrip.grid.web.GridRequests.SetNormRequest;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.ApiProblemHandler;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.StaffIdentity;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Grid visits (网格走访) for staff: grids and their posts (党政办 or an administrator), visits and their
 * issues (the grid's own cadres), the visit norm. Every rule is the grid's; a refusal answers 409 with
 * its reason. Lists and compliance: {@code GET /api/staff/grids}, {@code /api/staff/grid-compliance}.
 */
@RestController
@RequestMapping("/api/staff")
@Tag(name = "Grid visits", description = "网格走访: grids, cadres, visits, the monthly norm")
public class GridController {

    private final GridVisits grids;
    private final StaffIdentity identity;

    public GridController(GridVisits grids, StaffIdentity identity) {
        this.grids = grids;
        this.identity = identity;
    }

    @PostMapping("/grids")
    @Operation(summary = "Draw a grid in a village or residents' committee (党政办 or administrator)")
    public ResponseEntity<GridOutcome> define(@Valid @RequestBody DefineGridRequest body, HttpServletRequest http) {
        var outcome = grids.define(
                identity.current(http), body.gridId(), body.name(), body.villageDepartmentCode(), body.area());
        return respond(outcome, HttpStatus.CREATED, URI.create("/api/staff/grids/" + body.gridId()));
    }

    @PostMapping("/grids/{gridId}/revision")
    @Operation(summary = "Rename a grid or redraw its area, with a reason")
    public ResponseEntity<GridOutcome> revise(
            @PathVariable String gridId, @Valid @RequestBody ReviseGridRequest body, HttpServletRequest http) {
        return respond(
                grids.revise(identity.current(http), gridId, body.name(), body.area(), body.reason()),
                HttpStatus.OK,
                null);
    }

    @PostMapping("/grids/{gridId}/posts")
    @Operation(summary = "Put a staff member into one of the grid's three posts; the previous holder is released")
    public ResponseEntity<GridOutcome> assign(
            @PathVariable String gridId, @Valid @RequestBody AssignCadreRequest body, HttpServletRequest http) {
        return respond(
                grids.assignCadre(identity.current(http), gridId, body.role(), body.personId(), body.reason()),
                HttpStatus.OK,
                null);
    }

    @PostMapping("/grids/{gridId}/posts/{role}/release")
    @Operation(summary = "Leave a post empty, with a reason")
    public ResponseEntity<GridOutcome> release(
            @PathVariable String gridId,
            @PathVariable GridCadreRole role,
            @Valid @RequestBody ReleaseCadreRequest body,
            HttpServletRequest http) {
        return respond(grids.releaseCadre(identity.current(http), gridId, role, body.reason()), HttpStatus.OK, null);
    }

    @PostMapping("/grids/{gridId}/visits")
    @Operation(
            summary = "A cadre of the grid logs a visit; each issue to follow up becomes a grid-visit case in the "
                    + "same step (the answer carries each case's receipt code, to hand to the resident)")
    public ResponseEntity<GridOutcome> logVisit(
            @PathVariable String gridId, @Valid @RequestBody LogVisitRequest body, HttpServletRequest http) {
        var report = new VisitReport(
                body.visitedOn(),
                body.place(),
                body.households(),
                body.enterprises(),
                body.visitedWho(),
                body.note(),
                body.issues() == null
                        ? List.of()
                        : body.issues().stream().map(IssueRequest::issue).toList());
        var outcome = grids.logVisit(identity.current(http), gridId, report);
        var location = outcome instanceof GridOutcome.CasesRaised raised
                ? URI.create("/api/staff/grid-visits/" + raised.visitId())
                : null;
        return respond(outcome, HttpStatus.CREATED, location);
    }

    @PostMapping("/grids/{gridId}/visits/{visitId}/issues/{issueNumber}/case")
    @Operation(summary = "Turn an issue settled on the spot into a case after all (its visitor or the intake desk)")
    public ResponseEntity<GridOutcome> raiseIssue(
            @PathVariable String gridId,
            @PathVariable String visitId,
            @PathVariable int issueNumber,
            @Valid @RequestBody RaiseIssueRequest body,
            HttpServletRequest http) {
        return respond(
                grids.raiseIssue(
                        identity.current(http),
                        gridId,
                        visitId,
                        issueNumber,
                        body.reason(),
                        body.category(),
                        GridRequests.blankToNull(body.concernedDepartmentCode()),
                        body.resident() == null ? null : body.resident().complainant()),
                HttpStatus.CREATED,
                null);
    }

    @GetMapping("/grid-visit-norm")
    @Operation(summary = "The visit norm's history: visits per cadre, grid and month, from which month, why")
    public GridVisitNormsResponse norms(HttpServletRequest http) {
        identity.current(http);
        return grids.norms();
    }

    @PutMapping("/grid-visit-norm")
    @Operation(summary = "Set the visit norm from a coming month (党政办 or administrator)")
    public ResponseEntity<GridOutcome> setNorm(@Valid @RequestBody SetNormRequest body, HttpServletRequest http) {
        return respond(
                grids.setNorm(
                        identity.current(http), body.visitsPerCadrePerMonth(), body.effectiveFrom(), body.reason()),
                HttpStatus.OK,
                null);
    }

    @ExceptionHandler(UnknownGridException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownGridException e) {
        var problem = Problems.of(HttpStatus.NOT_FOUND, Problems.UNKNOWN_GRID, "Unknown grid", e.getMessage());
        return ResponseEntity.status(HttpStatus.NOT_FOUND).body(problem);
    }

    private static ResponseEntity<GridOutcome> respond(GridOutcome outcome, HttpStatus status, URI location) {
        if (outcome instanceof GridOutcome.Refused refused) {
            throw new ApiException(ApiProblemHandler.refusal(refused.reason().name(), refused.detail()));
        }
        var response = ResponseEntity.status(status);
        if (location != null) {
            response.location(location);
        }
        return response.body(outcome);
    }
}
