package org.onetrip.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.application.CaseFiling;
import org.onetrip.cases.application.CaseHandling;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.cases.application.CaseSupervision;
import org.onetrip.cases.web.CaseRequests.AccountabilityRequest;
import org.onetrip.cases.web.CaseRequests.AnswerRequest;
import org.onetrip.cases.web.CaseRequests.AssignRequest;
import org.onetrip.cases.web.CaseRequests.CloseRequest;
import org.onetrip.cases.web.CaseRequests.ConclusionRequest;
import org.onetrip.cases.web.CaseRequests.ExtensionRequest;
import org.onetrip.cases.web.CaseRequests.MergeRequest;
import org.onetrip.cases.web.CaseRequests.NoteRequest;
import org.onetrip.cases.web.CaseRequests.ProgressNoteRequest;
import org.onetrip.cases.web.CaseRequests.ReasonRequest;
import org.onetrip.cases.web.CaseRequests.StaffRatingRequest;
import org.onetrip.cases.web.CaseRequests.TransferRequest;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.StaffIdentity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Every lifecycle command for staff. Roles and departments are checked by the case itself, so the
 * same rules hold whatever the entry point. {@code If-Match: "<version>"} turns on lost-update
 * protection.
 */
@RestController
@RequestMapping("/api/staff/cases")
@Tag(name = "Staff cases", description = "Intake, departments, discipline office")
public class StaffCaseController {

    private final CaseFiling filing;
    private final CaseHandling handling;
    private final CaseSupervision supervision;
    private final CaseHistory history;
    private final StaffIdentity identity;

    public StaffCaseController(
            CaseFiling filing,
            CaseHandling handling,
            CaseSupervision supervision,
            CaseHistory history,
            StaffIdentity identity) {
        this.filing = filing;
        this.handling = handling;
        this.supervision = supervision;
        this.history = history;
        this.identity = identity;
    }

    @PostMapping
    @Operation(summary = "Register a case that arrived by hotline, WeChat, QQ, letter, window or visit")
    public ResponseEntity<FiledCaseResponse> register(
            @Valid @RequestBody FileCaseRequest request, HttpServletRequest http) {
        var actor = identity.current(http);
        if (request.channel() == null) {
            throw new ApiException(Problems.invalid("channel", "channel: must say how the case arrived"));
        }
        var filed = CaseAnswers.orProblem(filing.file(request.toNewCase(), actor, request.channel()));
        var code = filed.receiptCode().grouped();
        return ResponseEntity.created(URI.create("/api/staff/cases/" + filed.caseId() + "/timeline"))
                .eTag(etag(filed.version()))
                .body(new FiledCaseResponse(
                        code, filed.caseId(), filed.status(), "/api/public/cases/" + code, filed.receipt()));
    }

    @GetMapping("/by-receipt-code/{receiptCode}")
    @Operation(
            summary =
                    "Find a case by the receipt code a caller reads out (handlers: cases their department holds or held)")
    public CaseRefResponse byReceiptCode(@PathVariable String receiptCode, HttpServletRequest http) {
        return history.byReceiptCode(receiptCode, identity.current(http))
                .orElseThrow(() -> new ApiException(Problems.unknownCase("no case with that code")));
    }

    @GetMapping("/{caseId}/timeline")
    @Operation(summary = "The full event timeline of a case as stored (contact data withheld)")
    public ResponseEntity<CaseTimelineResponse> timeline(@PathVariable String caseId, HttpServletRequest http) {
        var timeline = CaseAnswers.orProblem(history.timeline(caseId, identity.current(http)));
        return ResponseEntity.ok().eTag(etag(timeline.version())).body(timeline);
    }

    @PostMapping("/{caseId}/accept")
    public ResponseEntity<CaseCommandResponse> accept(
            @PathVariable String caseId,
            @Valid @RequestBody NoteRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.accept(caseId, actor, body.note(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/decline")
    public ResponseEntity<CaseCommandResponse> decline(
            @PathVariable String caseId,
            @Valid @RequestBody ReasonRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.decline(caseId, actor, body.reason(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/assign")
    @Operation(
            summary = "Assign (交办) to a department; the deadline is kept on re-assignment unless reset with a reason")
    public ResponseEntity<CaseCommandResponse> assign(
            @PathVariable String caseId,
            @Valid @RequestBody AssignRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.assign(
                caseId,
                actor,
                body.departmentCode(),
                body.instructions(),
                body.deadlineResetReason(),
                version(ifMatch)));
    }

    @PostMapping("/{caseId}/sign-for")
    public ResponseEntity<CaseCommandResponse> signFor(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.signFor(caseId, actor, version(ifMatch)));
    }

    @PostMapping("/{caseId}/progress-notes")
    public ResponseEntity<CaseCommandResponse> progressNote(
            @PathVariable String caseId,
            @Valid @RequestBody ProgressNoteRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.addProgressNote(caseId, actor, body.note(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/extension-request")
    public ResponseEntity<CaseCommandResponse> requestExtension(
            @PathVariable String caseId,
            @Valid @RequestBody ExtensionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.requestExtension(caseId, actor, body.workingDays(), body.reason(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/extension-request/approve")
    public ResponseEntity<CaseCommandResponse> approveExtension(
            @PathVariable String caseId,
            @Valid @RequestBody NoteRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.approveExtension(caseId, actor, body.note(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/extension-request/deny")
    public ResponseEntity<CaseCommandResponse> denyExtension(
            @PathVariable String caseId,
            @Valid @RequestBody ReasonRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.denyExtension(caseId, actor, body.reason(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/return")
    @Operation(summary = "Return (退回) the case to intake: not this department's matter")
    public ResponseEntity<CaseCommandResponse> returnCase(
            @PathVariable String caseId,
            @Valid @RequestBody ReasonRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.returnCase(caseId, actor, body.reason(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/transfer")
    @Operation(
            summary = "The intake desk transfers (转办) the case to another department; the deadline runs on. "
                    + "Departments propose a transfer instead (transfer-proposal)")
    public ResponseEntity<CaseCommandResponse> transfer(
            @PathVariable String caseId,
            @Valid @RequestBody TransferRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.transfer(caseId, actor, body.toDepartmentCode(), body.reason(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/transfer-proposal")
    @Operation(
            summary = "The holding department proposes a transfer (转办); the case and its deadline stay with it "
                    + "until the intake desk decides")
    public ResponseEntity<CaseCommandResponse> proposeTransfer(
            @PathVariable String caseId,
            @Valid @RequestBody TransferRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(
                handling.proposeTransfer(caseId, actor, body.toDepartmentCode(), body.reason(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/transfer-proposal/approve")
    @Operation(summary = "The intake desk approves the pending proposal: the case is transferred, the due date kept")
    public ResponseEntity<CaseCommandResponse> approveTransfer(
            @PathVariable String caseId,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.approveTransfer(caseId, actor, version(ifMatch)));
    }

    @PostMapping("/{caseId}/transfer-proposal/reject")
    @Operation(summary = "The intake desk rejects the pending proposal with a reason; the case stays")
    public ResponseEntity<CaseCommandResponse> rejectTransfer(
            @PathVariable String caseId,
            @Valid @RequestBody ReasonRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.rejectTransfer(caseId, actor, body.reason(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/answer")
    public ResponseEntity<CaseCommandResponse> answer(
            @PathVariable String caseId,
            @Valid @RequestBody AnswerRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.answer(caseId, actor, body.answer(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/rating")
    @Operation(summary = "Record the complainant's rating taken by phone (回访, the default) or at the window")
    public ResponseEntity<CaseCommandResponse> rate(
            @PathVariable String caseId,
            @Valid @RequestBody StaffRatingRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.recordRating(
                caseId, actor, body.channelTaken(), body.rating(), body.comment(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/reopen")
    public ResponseEntity<CaseCommandResponse> reopen(
            @PathVariable String caseId,
            @Valid @RequestBody ReasonRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.reopen(caseId, actor, body.reason(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/close")
    public ResponseEntity<CaseCommandResponse> close(
            @PathVariable String caseId,
            @Valid @RequestBody CloseRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.close(caseId, actor, body.remark(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/result/withhold")
    @Operation(summary = "Keep the case's handling result off the public pages (不予公开), e.g. it names a person")
    public ResponseEntity<CaseCommandResponse> withholdResult(
            @PathVariable String caseId,
            @Valid @RequestBody ReasonRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.withholdResult(caseId, actor, body.reason(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/result/republish")
    @Operation(summary = "Put a withheld handling result back on the public pages")
    public ResponseEntity<CaseCommandResponse> republishResult(
            @PathVariable String caseId,
            @Valid @RequestBody ReasonRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.republishResult(caseId, actor, body.reason(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/merge")
    @Operation(summary = "Merge this duplicate into a primary case (并单); both keep their events")
    public ResponseEntity<CaseCommandResponse> merge(
            @PathVariable String caseId,
            @Valid @RequestBody MergeRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(handling.merge(caseId, actor, body.primaryCaseId(), body.reason(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/supervision")
    @Operation(summary = "Open supervision (督办)")
    public ResponseEntity<CaseCommandResponse> openSupervision(
            @PathVariable String caseId,
            @Valid @RequestBody ReasonRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(supervision.open(caseId, actor, body.reason(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/supervision/conclude")
    public ResponseEntity<CaseCommandResponse> concludeSupervision(
            @PathVariable String caseId,
            @Valid @RequestBody ConclusionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(supervision.conclude(caseId, actor, body.conclusion(), version(ifMatch)));
    }

    @PostMapping("/{caseId}/accountability")
    @Operation(summary = "Record accountability (问责)")
    public ResponseEntity<CaseCommandResponse> accountability(
            @PathVariable String caseId,
            @Valid @RequestBody AccountabilityRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return respond(supervision.recordAccountability(
                caseId,
                actor,
                body.departmentCode(),
                body.responsiblePerson(),
                body.measure(),
                body.findings(),
                version(ifMatch)));
    }

    private ResponseEntity<CaseCommandResponse> respond(CaseOutcome<CaseRefResponse> outcome) {
        var ref = CaseAnswers.orProblem(outcome);
        return ResponseEntity.ok()
                .eTag(etag(ref.version()))
                .body(new CaseCommandResponse(ref.caseId(), ref.status(), ref.version()));
    }

    private static String etag(long version) {
        return "\"" + version + "\"";
    }

    private static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        var digits = ifMatch.strip().replace("W/", "").replace("\"", "");
        try {
            return Long.parseLong(digits);
        } catch (NumberFormatException e) {
            throw new ApiException(Problems.of(
                    HttpStatus.BAD_REQUEST,
                    Problems.INVALID_INPUT,
                    "Invalid input",
                    HttpHeaders.IF_MATCH + " must be a case version such as \"3\""));
        }
    }
}
