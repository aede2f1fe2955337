package org.onetrip.enterprise.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotEmpty;
import jakarta.validation.constraints.Size;
import java.net.URI;
import java.util.List;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.enterprise.api.EnterpriseOutcome;
import org.onetrip.enterprise.api.UnknownEnterpriseException;
import org.onetrip.enterprise.application.EnterpriseLiaison;
import org.onetrip.enterprise.application.EnterpriseRequests;
import org.onetrip.enterprise.application.LedgerEntry;
import org.onetrip.enterprise.web.EnterpriseRequests.IssueRequest;
import org.onetrip.enterprise.web.EnterpriseRequests.LedgerEntryRequest;
import org.onetrip.enterprise.web.EnterpriseRequests.LiaisonRequest;
import org.onetrip.enterprise.web.EnterpriseRequests.ReasonRequest;
import org.onetrip.enterprise.web.EnterpriseRequests.RegisterRequest;
import org.onetrip.enterprise.web.EnterpriseRequests.ReplaceContactRequest;
import org.onetrip.enterprise.web.EnterpriseRequests.ReviseRequest;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.ApiProblemHandler;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.StaffIdentity;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Enterprise liaison (企业联点) for staff: the register (党政办 or an administrator), the liaison cadre's
 * work ledger, the contact person's data (recorded looks) and the enterprise's access code (shown once).
 * Lists and the issues by type: {@code GET /api/staff/enterprises}, {@code /api/staff/enterprise-issues}.
 */
@RestController
@RequestMapping("/api/staff/enterprises")
@Tag(name = "Enterprise liaison", description = "企业联点: register, liaison cadres, work ledger, requests")
public class EnterpriseController {

    private final EnterpriseLiaison liaison;
    private final EnterpriseRequests requests;
    private final StaffIdentity identity;

    public EnterpriseController(EnterpriseLiaison liaison, EnterpriseRequests requests, StaffIdentity identity) {
        this.liaison = liaison;
        this.requests = requests;
        this.identity = identity;
    }

    public record AssignTogetherRequest(
            @NotEmpty @Size(max = EnterpriseRequests.MAX_TOGETHER) List<@NotBlank @Size(max = CaseLimits.CODE) String> caseIds,

            @NotBlank @Size(max = CaseLimits.CODE) String departmentCode,
            @Size(max = CaseLimits.REASON) String instructions) {}

    /** {@code reason}: the case's refusal reason, or INVALID, UNKNOWN_CASE, FORBIDDEN, CONCURRENT_MODIFICATION. */
    public record AssignedResponse(String caseId, boolean assigned, String reason, String detail) {}

    private static AssignedResponse answer(EnterpriseRequests.Assigned result) {
        var id = result.caseId();
        var outcome = result.outcome();
        if (outcome instanceof CaseOutcome.Refused<?> refused) {
            return new AssignedResponse(id, false, refused.reason().name(), refused.detail());
        }
        if (outcome instanceof CaseOutcome.Invalid<?> invalid) {
            return new AssignedResponse(id, false, "INVALID", invalid.field() + ": " + invalid.message());
        }
        if (outcome instanceof CaseOutcome.Unknown<?> unknown) {
            return new AssignedResponse(id, false, "UNKNOWN_CASE", unknown.detail());
        }
        if (outcome instanceof CaseOutcome.Forbidden<?> forbidden) {
            return new AssignedResponse(id, false, "FORBIDDEN", forbidden.detail());
        }
        if (outcome instanceof CaseOutcome.Conflict<?> conflict) {
            return new AssignedResponse(id, false, "CONCURRENT_MODIFICATION", conflict.detail());
        }
        return new AssignedResponse(id, true, null, null);
    }

    @PostMapping("/requests/assignment")
    @Operation(
            summary = "分类集中解决: the desk assigns enterprise requests of one kind together to one department; "
                    + "each case answers for itself (accepted first if new)")
    public List<AssignedResponse> assignTogether(
            @Valid @RequestBody AssignTogetherRequest body, HttpServletRequest http) {
        return requests
                .assignTogether(identity.current(http), body.caseIds(), body.departmentCode(), body.instructions())
                .stream()
                .map(EnterpriseController::answer)
                .toList();
    }

    @PostMapping
    @Operation(
            summary = "Register an enterprise with its liaison cadre (党政办 or administrator); the answer carries "
                    + "the enterprise's access code, shown this once")
    public ResponseEntity<EnterpriseOutcome> register(
            @Valid @RequestBody RegisterRequest body, HttpServletRequest http) {
        var outcome = liaison.register(
                identity.current(http),
                body.name(),
                body.sector(),
                body.park(),
                body.contact() == null ? null : body.contact().details(),
                body.liaisonPersonId());
        var location = outcome instanceof EnterpriseOutcome.CodeIssued issued
                ? URI.create("/api/staff/enterprises/" + issued.enterpriseId())
                : null;
        return respond(outcome, HttpStatus.CREATED, location, true);
    }

    @PostMapping("/{enterpriseId}/revision")
    @Operation(summary = "Correct the name, sector or park, with a reason")
    public ResponseEntity<EnterpriseOutcome> revise(
            @PathVariable String enterpriseId, @Valid @RequestBody ReviseRequest body, HttpServletRequest http) {
        return respond(
                liaison.revise(
                        identity.current(http), enterpriseId, body.name(), body.sector(), body.park(), body.reason()),
                HttpStatus.OK,
                null,
                false);
    }

    @PostMapping("/{enterpriseId}/liaison")
    @Operation(summary = "Pair the enterprise with another liaison cadre, with a reason")
    public ResponseEntity<EnterpriseOutcome> changeLiaison(
            @PathVariable String enterpriseId, @Valid @RequestBody LiaisonRequest body, HttpServletRequest http) {
        return respond(
                liaison.changeLiaison(identity.current(http), enterpriseId, body.personId(), body.reason()),
                HttpStatus.OK,
                null,
                false);
    }

    @PostMapping("/{enterpriseId}/access-code")
    @Operation(summary = "Issue a new access code; the old one stops working (shown this once)")
    public ResponseEntity<EnterpriseOutcome> reissueCode(
            @PathVariable String enterpriseId, @Valid @RequestBody ReasonRequest body, HttpServletRequest http) {
        return respond(
                liaison.reissueCode(identity.current(http), enterpriseId, body.reason()), HttpStatus.OK, null, true);
    }

    @PostMapping("/{enterpriseId}/contact/view")
    @Operation(summary = "Decrypt the contact person's data (liaison cadre, INTAKE, DISCIPLINE); the look is recorded")
    public ResponseEntity<EnterpriseOutcome> viewContact(
            @PathVariable String enterpriseId, @Valid @RequestBody ReasonRequest body, HttpServletRequest http) {
        return respond(
                liaison.viewContact(identity.current(http), enterpriseId, body.reason()), HttpStatus.OK, null, true);
    }

    @PutMapping("/{enterpriseId}/contact")
    @Operation(summary = "A new contact person or number; the old contact's key is destroyed")
    public ResponseEntity<EnterpriseOutcome> replaceContact(
            @PathVariable String enterpriseId,
            @Valid @RequestBody ReplaceContactRequest body,
            HttpServletRequest http) {
        return respond(
                liaison.replaceContact(
                        identity.current(http), enterpriseId, body.contact().details(), body.reason()),
                HttpStatus.OK,
                null,
                false);
    }

    @PostMapping("/{enterpriseId}/contact/erasure")
    @Operation(summary = "Erase the contact person's data for good (DISCIPLINE, ADMIN)")
    public ResponseEntity<EnterpriseOutcome> eraseContact(
            @PathVariable String enterpriseId, @Valid @RequestBody ReasonRequest body, HttpServletRequest http) {
        return respond(
                liaison.eraseContact(identity.current(http), enterpriseId, body.reason()), HttpStatus.OK, null, false);
    }

    @PostMapping("/{enterpriseId}/visits")
    @Operation(
            summary = "The liaison cadre enters a visit in the work ledger; each problem not settled on the spot "
                    + "becomes an enterprise request (ENTERPRISE_REQUEST case) in the same step")
    public ResponseEntity<EnterpriseOutcome> logVisit(
            @PathVariable String enterpriseId, @Valid @RequestBody LedgerEntryRequest body, HttpServletRequest http) {
        var entry = new LedgerEntry(
                body.visitedOn(),
                body.participants(),
                body.situation(),
                body.issues() == null
                        ? List.of()
                        : body.issues().stream().map(IssueRequest::issue).toList());
        return respond(liaison.logVisit(identity.current(http), enterpriseId, entry), HttpStatus.CREATED, null, false);
    }

    @ExceptionHandler(UnknownEnterpriseException.class)
    ResponseEntity<ProblemDetail> unknown(UnknownEnterpriseException e) {
        return ResponseEntity.status(HttpStatus.NOT_FOUND)
                .body(Problems.of(
                        HttpStatus.NOT_FOUND, Problems.UNKNOWN_ENTERPRISE, "Unknown enterprise", e.getMessage()));
    }

    /** Answers with a code or contact data are never cached. */
    private static ResponseEntity<EnterpriseOutcome> respond(
            EnterpriseOutcome outcome, HttpStatus status, URI location, boolean noStore) {
        if (outcome instanceof EnterpriseOutcome.Refused refused) {
            throw new ApiException(ApiProblemHandler.refusal(refused.reason().name(), refused.detail()));
        }
        var response = ResponseEntity.status(status);
        if (location != null) {
            response.location(location);
        }
        if (noStore) {
            response.cacheControl(CacheControl.noStore());
        }
        return response.body(outcome);
    }
}
