package org.onetrip.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import java.net.URI;
import org.onetrip.disclosure.api.AssessmentResponse;
import org.onetrip.disclosure.api.Classification;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.api.NoticeResponse;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.application.DisclosureEditing;
import org.onetrip.disclosure.application.DisclosureOutcomeOf;
import org.onetrip.disclosure.web.DisclosureRequests.BatchRequest;
import org.onetrip.disclosure.web.DisclosureRequests.BulletinRequest;
import org.onetrip.disclosure.web.DisclosureRequests.Changed;
import org.onetrip.disclosure.web.DisclosureRequests.ContentRequest;
import org.onetrip.disclosure.web.DisclosureRequests.CorrectionRequest;
import org.onetrip.disclosure.web.DisclosureRequests.Created;
import org.onetrip.disclosure.web.DisclosureRequests.DraftRequest;
import org.onetrip.disclosure.web.DisclosureRequests.NoticeRequest;
import org.onetrip.disclosure.web.DisclosureRequests.ReasonRequest;
import org.onetrip.disclosure.web.DisclosureRequests.RevisionRequest;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.ApiProblemHandler;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The editors' side of 政务公开. Who may do what is decided by the aggregates (see DisclosureRoles):
 * ADMIN, or INTAKE/HANDLER staff of 便民服务中心 (bianmin) or 党政办 (dangzhengban), edit the catalogue
 * and notices; a department's HANDLER may draft its own items; DISCIPLINE or ADMIN publish bulletins.
 */
@RestController
@RequestMapping("/api/staff/disclosures")
@Tag(name = "Staff disclosures", description = "Service-item catalogue, notices, bulletins, assessment")
public class StaffDisclosureController {

    private final DisclosureEditing editing;
    private final StaffIdentity identity;

    public StaffDisclosureController(DisclosureEditing editing, StaffIdentity identity) {
        this.editing = editing;
        this.identity = identity;
    }

    @GetMapping("/items")
    @Operation(summary = "The whole catalogue including drafts")
    public ServiceItemListResponse items(
            @RequestParam(required = false) HallZone hallZone,
            @RequestParam(required = false) Classification classification,
            @RequestParam(required = false) String department,
            HttpServletRequest http) {
        identity.current(http);
        return editing.catalogue(hallZone, classification, department);
    }

    @GetMapping("/items/{code}")
    @Operation(summary = "An item with its draft, history and the editor's check (missing fields, vague wording)")
    public ResponseEntity<ServiceItemResponse> item(@PathVariable String code, HttpServletRequest http) {
        identity.current(http);
        var item = editing.item(code).orElseThrow(() -> DisclosureSender.unknown("service item " + code));
        return ResponseEntity.ok().eTag(etag(item.sequence())).body(item);
    }

    @PostMapping("/items")
    @Operation(summary = "Start a draft item; the code (e.g. MZ-001) becomes its public service code")
    public ResponseEntity<ServiceItemResponse> createDraft(
            @Valid @RequestBody DraftRequest body, HttpServletRequest http) {
        var actor = identity.current(http);
        var item = answer(editing.createDraft(actor, body.code(), body.content()));
        return ResponseEntity.created(URI.create("/api/staff/disclosures/items/" + body.code()))
                .eTag(etag(item.sequence()))
                .body(item);
    }

    @PostMapping("/items/{code}/draft")
    @Operation(summary = "Replace a draft's content (only before its first publication)")
    public ResponseEntity<ServiceItemResponse> editDraft(
            @PathVariable String code,
            @Valid @RequestBody ContentRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return itemResponse(editing.editDraft(actor, code, body.content(), version(ifMatch)));
    }

    @PostMapping("/items/{code}/revisions")
    @Operation(summary = "Publish a new version of a published item, with a mandatory change note")
    public ResponseEntity<ServiceItemResponse> revise(
            @PathVariable String code,
            @Valid @RequestBody RevisionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return itemResponse(editing.revise(
                actor, code, body.content(), body.changeNote(), body.vagueWordingAcknowledgement(), version(ifMatch)));
    }

    @PostMapping("/items/{code}/withdrawal")
    @Operation(summary = "Withdraw a published item; it stays visible as a tombstone with the reason")
    public ResponseEntity<ServiceItemResponse> withdraw(
            @PathVariable String code,
            @Valid @RequestBody ReasonRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return itemResponse(editing.withdraw(actor, code, body.reason(), version(ifMatch)));
    }

    @PostMapping("/batches")
    @Operation(summary = "Publish drafts as one named batch (第一批 …): all of them or none")
    public ResponseEntity<Created> publishBatch(@Valid @RequestBody BatchRequest body, HttpServletRequest http) {
        var actor = identity.current(http);
        var batchId = answer(editing.publishBatch(
                actor, body.batchName(), body.note(), body.itemCodes(), body.vagueWordingAcknowledgements()));
        var location = "/api/public/disclosures/batches/" + batchId;
        return ResponseEntity.created(URI.create(location)).body(new Created(batchId, location));
    }

    @PostMapping("/notices")
    @Operation(summary = "Publish a notice or policy interpretation")
    public ResponseEntity<Created> publishNotice(@Valid @RequestBody NoticeRequest body, HttpServletRequest http) {
        var actor = identity.current(http);
        var noticeId = answer(editing.publishNotice(
                actor, body.kind(), body.title(), body.body(), body.departmentCode(), body.relatedItemCodes()));
        var location = "/api/public/disclosures/notices/" + noticeId;
        return ResponseEntity.created(URI.create(location)).body(new Created(noticeId, location));
    }

    @PostMapping("/notices/{noticeId}/corrections")
    @Operation(summary = "Publish a correction; the original stays visible beside it")
    public ResponseEntity<Changed> correctNotice(
            @PathVariable String noticeId,
            @Valid @RequestBody CorrectionRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return noticeResponse(
                editing.correctNotice(actor, noticeId, body.title(), body.body(), body.reason(), version(ifMatch)));
    }

    @PostMapping("/notices/{noticeId}/retraction")
    @Operation(summary = "Retract a notice; a tombstone with the reason remains")
    public ResponseEntity<Changed> retractNotice(
            @PathVariable String noticeId,
            @Valid @RequestBody ReasonRequest body,
            @RequestHeader(value = HttpHeaders.IF_MATCH, required = false) String ifMatch,
            HttpServletRequest http) {
        var actor = identity.current(http);
        return noticeResponse(editing.retractNotice(actor, noticeId, body.reason(), version(ifMatch)));
    }

    @PostMapping("/bulletins")
    @Operation(summary = "Compute and publish the monthly bulletin (定期通报) of a period, as of its cut-off")
    public ResponseEntity<Created> publishBulletin(@Valid @RequestBody BulletinRequest body, HttpServletRequest http) {
        var actor = identity.current(http);
        var bulletinId = answer(editing.publishBulletin(actor, body.title(), body.period(), body.cutOff()));
        var location = "/api/public/disclosures/bulletins/" + bulletinId;
        return ResponseEntity.created(URI.create(location)).body(new Created(bulletinId, location));
    }

    @GetMapping("/assessment/{year}")
    @Operation(summary = "Annual performance-assessment scores (绩效考核) per department, with the weights used")
    public AssessmentResponse assessment(@PathVariable int year, HttpServletRequest http) {
        identity.current(http);
        var outcome = editing.assessment(year);
        if (outcome instanceof DisclosureOutcomeOf.Invalid<AssessmentResponse> invalid) {
            throw new ApiException(
                    Problems.of(HttpStatus.BAD_REQUEST, Problems.INVALID_INPUT, "Invalid input", invalid.message()));
        }
        return answer(outcome);
    }

    private static ResponseEntity<ServiceItemResponse> itemResponse(DisclosureOutcomeOf<ServiceItemResponse> outcome) {
        var item = answer(outcome, "the service item");
        return ResponseEntity.ok().eTag(etag(item.sequence())).body(item);
    }

    private static ResponseEntity<Changed> noticeResponse(DisclosureOutcomeOf<NoticeResponse> outcome) {
        var notice = answer(outcome, "the notice");
        return ResponseEntity.ok()
                .eTag(etag(notice.sequence()))
                .body(new Changed(notice.noticeId(), notice.sequence()));
    }

    /** The value, or the problem detail the outcome stands for. */
    static <T> T answer(DisclosureOutcomeOf<T> outcome) {
        return answer(outcome, "it");
    }

    /** As {@link #answer(DisclosureOutcomeOf)}; a conflict names {@code what} changed. */
    static <T> T answer(DisclosureOutcomeOf<T> outcome, String what) {
        if (outcome instanceof DisclosureOutcomeOf.Done<T> done) {
            return done.value();
        }
        if (outcome instanceof DisclosureOutcomeOf.Refused<T> refused) {
            throw new ApiException(ApiProblemHandler.refusal(refused.reason(), refused.detail()));
        }
        if (outcome instanceof DisclosureOutcomeOf.Invalid<T> invalid) {
            throw new InvalidCommandException(invalid.field(), invalid.message());
        }
        if (outcome instanceof DisclosureOutcomeOf.Conflict<T>) {
            // the outcome's detail is the framework's wording, not what the editor should do
            throw new ApiException(
                    Problems.concurrentModification(what + " changed since you read it; read it again and retry"));
        }
        throw DisclosureSender.unknown(((DisclosureOutcomeOf.Unknown<T>) outcome).detail());
    }

    static String etag(long version) {
        return "\"" + version + "\"";
    }

    static Long version(String ifMatch) {
        if (ifMatch == null || ifMatch.isBlank()) {
            return null;
        }
        var value = ifMatch.strip();
        if (value.startsWith("W/")) {
            value = value.substring(2);
        }
        value = value.replace("\"", "");
        try {
            return Long.parseLong(value);
        } catch (NumberFormatException e) {
            throw new ApiException(Problems.of(
                    HttpStatus.BAD_REQUEST,
                    Problems.INVALID_INPUT,
                    "Invalid input",
                    "If-Match: expected a version such as \"3\""));
        }
    }
}
