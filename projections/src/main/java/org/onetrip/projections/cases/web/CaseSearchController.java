package org.onetrip.projections.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.projections.cases.CaseExportCsv;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.CaseSearchRequest;
import org.onetrip.projections.cases.CaseSearchRequest.CaseSort;
import org.onetrip.projections.cases.CaseSearchResponse;
import org.onetrip.projections.cases.DeadlineStatus;
import org.onetrip.projections.cases.PublicSearchResponse;
import org.onetrip.projections.cases.ReceiptCodeLookup;
import org.onetrip.projections.cases.TransferProposalsResponse;
import org.onetrip.projections.support.web.StaffAccess;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.web.DocumentLanguage;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.StreamingResponseBody;

@RestController
@Tag(name = "Search")
public class CaseSearchController {

    private final CaseSearch search;
    private final CaseExportCsv export;
    private final StaffAccess access;
    private final Clock clock;
    private final ReceiptCodeLookup receiptCodes;

    public CaseSearchController(
            CaseSearch search, CaseExportCsv export, StaffAccess access, Clock clock, ReceiptCodeLookup receiptCodes) {
        this.search = search;
        this.receiptCodes = receiptCodes;
        this.export = export;
        this.access = access;
        this.clock = clock;
    }

    @GetMapping("/api/staff/search/cases")
    @Operation(
            summary = "Search cases: Chinese full text (half the words typed must match, best first; category names in"
                    + " both languages count), filters incl. filing dates, facets, highlights, paging,"
                    + " sorting (handlers: own department only); a well-formed receipt code as q finds that one case if"
                    + " the reader may read it, and no hit carries a receipt code")
    public CaseSearchResponse cases(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<CaseStatus> status,
            @RequestParam(required = false) List<String> department,
            @RequestParam(required = false) List<CaseKind> kind,
            @RequestParam(required = false) List<CaseCategory> category,
            @RequestParam(required = false) List<Channel> channel,
            @RequestParam(required = false) DeadlineStatus deadline,
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(defaultValue = "false") boolean extensionPending,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedTo,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            @RequestParam(required = false) CaseSort sort,
            HttpServletRequest http) {
        var actor = access.require(http);
        var request = new CaseSearchRequest(
                q,
                status,
                department,
                kind,
                category,
                channel,
                deadline,
                flagged,
                extensionPending,
                filedFrom,
                filedTo,
                page,
                size,
                sort);
        if (ReceiptCode.parse(q).isPresent()) {
            return search.oneCase(receiptCodes.readableCaseId(q, actor), request);
        }
        return search.search(request.readBy(actor));
    }

    @GetMapping(value = "/api/staff/search/cases.csv", produces = "text/csv;charset=UTF-8")
    @Operation(
            summary = "Every case the same search finds, as CSV for Excel (UTF-8 with BOM; lang=zh-CN or en): "
                    + "never a receipt code, contact details or an identifier (handlers: own department only)")
    public ResponseEntity<StreamingResponseBody> casesCsv(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<CaseStatus> status,
            @RequestParam(required = false) List<String> department,
            @RequestParam(required = false) List<CaseKind> kind,
            @RequestParam(required = false) List<CaseCategory> category,
            @RequestParam(required = false) List<Channel> channel,
            @RequestParam(required = false) DeadlineStatus deadline,
            @RequestParam(defaultValue = "false") boolean flagged,
            @RequestParam(defaultValue = "false") boolean extensionPending,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedFrom,
            @RequestParam(required = false) @DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate filedTo,
            @RequestParam(defaultValue = "zh-CN") String lang,
            HttpServletRequest http) {
        var actor = access.require(http);
        var request = new CaseSearchRequest(
                q,
                status,
                department,
                kind,
                category,
                channel,
                deadline,
                flagged,
                extensionPending,
                filedFrom,
                filedTo,
                0,
                1,
                null);
        // checked before the first byte is sent, so bad input is a problem response, not a broken file
        search.search(request.readBy(actor));
        var locale = DocumentLanguage.of(lang);
        return ResponseEntity.ok()
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename(CaseExportCsv.fileName(clock))
                                .build()
                                .toString())
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .body(out -> export.write(request, actor, locale, out));
    }

    @GetMapping("/api/staff/search/transfer-proposals")
    @Operation(
            summary = "Transfer proposals (转办) waiting for the intake desk, longest-waiting first "
                    + "(handlers: own department's proposals only)")
    public TransferProposalsResponse transferProposals(
            @RequestParam(required = false) List<String> department,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size,
            HttpServletRequest http) {
        var actor = access.require(http);
        return search.pendingTransfers(
                actor.role() == Role.HANDLER ? List.of(actor.departmentCode()) : department, page, size);
    }

    @GetMapping("/api/public/search/results")
    @Operation(summary = "Search published handling results (answered cases, no personal data)")
    public PublicSearchResponse published(
            @RequestParam(required = false) String q,
            @RequestParam(required = false) List<String> department,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return search.searchPublished(q, department, page, size);
    }
}
