package org.onetrip.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.ConflictOfInterestStatus;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.cases.application.ConflictOfInterestDesk;
import org.onetrip.shared.web.StaffIdentity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Allegations against staff and conflict of interest (四.四.3): the desk checks before it hands a case to
 * the department complained about and asks the discipline office; the office decides, with a reason,
 * and records its review of an allegation. The case enforces all of it; a refusal answers 409.
 */
@RestController
@RequestMapping("/api/staff/cases/{caseId}")
@Tag(name = "Staff cases", description = "Intake, departments, discipline office")
public class ConflictOfInterestController {

    static final int REASON = 2000;

    private final ConflictOfInterestDesk desk;
    private final StaffIdentity identity;

    public ConflictOfInterestController(ConflictOfInterestDesk desk, StaffIdentity identity) {
        this.desk = desk;
        this.identity = identity;
    }

    public record ReasonRequest(
            @NotBlank @Size(max = REASON) String reason) {}

    public record DecisionRequest(
            @NotNull Boolean permitted,
            @NotBlank @Size(max = REASON) String reason) {}

    public record FindingRequest(
            @NotBlank @Size(max = REASON) String finding) {}

    @GetMapping("/conflict-of-interest")
    @Operation(
            summary = "The department complained about, whether a decision is awaited, and the discipline office's "
                    + "latest decision: what the desk checks before assigning")
    public ConflictOfInterestStatus status(@PathVariable String caseId, HttpServletRequest http) {
        return CaseAnswers.orProblem(desk.status(caseId, identity.current(http)));
    }

    @PostMapping("/conflict-of-interest/request")
    @Operation(summary = "The desk asks the discipline office whether the department complained about may handle it")
    public CaseCommandResponse request(
            @PathVariable String caseId, @Valid @RequestBody ReasonRequest body, HttpServletRequest http) {
        return respond(desk.requestDecision(identity.current(http), caseId, body.reason()));
    }

    @PostMapping("/conflict-of-interest/decision")
    @Operation(
            summary =
                    "The discipline office decides, with a reason, whether the department complained about may handle it")
    public CaseCommandResponse decide(
            @PathVariable String caseId, @Valid @RequestBody DecisionRequest body, HttpServletRequest http) {
        return respond(desk.decide(identity.current(http), caseId, body.permitted(), body.reason()));
    }

    @PostMapping("/allegation-review")
    @Operation(summary = "The discipline office records its review of an allegation against staff")
    public CaseCommandResponse review(
            @PathVariable String caseId, @Valid @RequestBody FindingRequest body, HttpServletRequest http) {
        return respond(desk.reviewAllegation(identity.current(http), caseId, body.finding()));
    }

    private static CaseCommandResponse respond(CaseOutcome<CaseRefResponse> outcome) {
        var ref = CaseAnswers.orProblem(outcome);
        return new CaseCommandResponse(ref.caseId(), ref.status(), ref.version());
    }
}
