package org.onetrip.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.onetrip.disclosure.api.BulletinListResponse;
import org.onetrip.disclosure.api.BulletinResponse;
import org.onetrip.disclosure.api.BulletinVerificationResponse;
import org.onetrip.disclosure.api.Classification;
import org.onetrip.disclosure.api.FindBulletinVerificationQuery;
import org.onetrip.disclosure.api.FindBulletinsQuery;
import org.onetrip.disclosure.api.FindNoticesQuery;
import org.onetrip.disclosure.api.FindPublicationBatchesQuery;
import org.onetrip.disclosure.api.FindServiceItemDiffQuery;
import org.onetrip.disclosure.api.FindServiceItemQuery;
import org.onetrip.disclosure.api.FindServiceItemsQuery;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.api.NoticeListResponse;
import org.onetrip.disclosure.api.NoticeResponse;
import org.onetrip.disclosure.api.PublicationBatchListResponse;
import org.onetrip.disclosure.api.PublicationBatchResponse;
import org.onetrip.disclosure.api.ServiceItemDiffResponse;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** 政务公开 for everyone: the catalogue with its history, batches, notices and bulletins. No drafts. */
@RestController
@RequestMapping("/api/public/disclosures")
@Tag(name = "Public disclosures", description = "政务公开: catalogue, batches, notices, bulletins")
public class PublicDisclosureController {

    /** The printable page carries its own styles and SVG, nothing else: no scripts, no external resources. */
    static final String PRINT_POLICY =
            "default-src 'none'; style-src 'unsafe-inline'; img-src data:; frame-ancestors 'none'";

    private final DisclosureSender sender;

    public PublicDisclosureController(DisclosureSender sender) {
        this.sender = sender;
    }

    @GetMapping("/items")
    @Operation(summary = "The published catalogue (withdrawn items are listed as such)")
    public ServiceItemListResponse items(
            @RequestParam(required = false) HallZone hallZone,
            @RequestParam(required = false) Classification classification,
            @RequestParam(required = false) String department) {
        return sender.list(
                new FindServiceItemsQuery(false, hallZone, classification, department), ServiceItemListResponse.class);
    }

    @GetMapping("/items/{code}")
    @Operation(summary = "An item's current version, its full history with what changed, and any tombstone")
    public ServiceItemResponse item(@PathVariable String code) {
        return sender.ask(new FindServiceItemQuery(code, null, false), ServiceItemResponse.class)
                .orElseThrow(() -> DisclosureSender.unknown("published service item " + code));
    }

    @GetMapping("/items/{code}/versions/{version}")
    @Operation(summary = "An item as published in one earlier version")
    public ServiceItemResponse itemVersion(@PathVariable String code, @PathVariable int version) {
        return sender.ask(new FindServiceItemQuery(code, version, false), ServiceItemResponse.class)
                .orElseThrow(() -> DisclosureSender.unknown("version " + version + " of service item " + code));
    }

    @GetMapping("/items/{code}/diff")
    @Operation(summary = "Field by field, what changed between two published versions")
    public ServiceItemDiffResponse diff(@PathVariable String code, @RequestParam int from, @RequestParam int to) {
        return sender.ask(new FindServiceItemDiffQuery(code, from, to), ServiceItemDiffResponse.class)
                .orElseThrow(
                        () -> DisclosureSender.unknown("versions " + from + " and " + to + " of service item " + code));
    }

    @GetMapping("/batches")
    @Operation(summary = "The published batches (第一批 …), newest first, with their items")
    public PublicationBatchListResponse batches() {
        return sender.list(FindPublicationBatchesQuery.all(), PublicationBatchListResponse.class);
    }

    @GetMapping("/batches/{batchId}")
    public PublicationBatchResponse batch(@PathVariable String batchId) {
        return sender
                .list(new FindPublicationBatchesQuery(batchId), PublicationBatchListResponse.class)
                .batches()
                .stream()
                .findFirst()
                .orElseThrow(() -> DisclosureSender.unknown("batch " + batchId));
    }

    @GetMapping("/notices")
    @Operation(summary = "Notices and policy interpretations, with corrections and retractions")
    public NoticeListResponse notices() {
        return sender.list(FindNoticesQuery.all(), NoticeListResponse.class);
    }

    @GetMapping("/notices/{noticeId}")
    public NoticeResponse notice(@PathVariable String noticeId) {
        return sender.list(new FindNoticesQuery(noticeId), NoticeListResponse.class).notices().stream()
                .findFirst()
                .orElseThrow(() -> DisclosureSender.unknown("notice " + noticeId));
    }

    @GetMapping("/bulletins")
    @Operation(summary = "Published monthly bulletins, newest first")
    public BulletinListResponse bulletins() {
        return sender.list(FindBulletinsQuery.all(), BulletinListResponse.class);
    }

    @GetMapping("/bulletins/{bulletinId}")
    public BulletinResponse bulletin(@PathVariable String bulletinId) {
        return find(bulletinId);
    }

    @GetMapping("/bulletins/{bulletinId}/csv")
    @Operation(summary = "The bulletin's figures as CSV (UTF-8 with BOM, opens in Excel)")
    public ResponseEntity<byte[]> bulletinCsv(@PathVariable String bulletinId) {
        var bulletin = find(bulletinId);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("bulletin-" + bulletin.period() + ".csv")
                                .build()
                                .toString())
                .body(BulletinDocuments.csv(bulletin));
    }

    @GetMapping("/bulletins/{bulletinId}/print")
    @Operation(summary = "The bulletin as a printable HTML page with bar charts (SVG)")
    public ResponseEntity<String> bulletinPage(@PathVariable String bulletinId, HttpServletResponse response) {
        var bulletin = find(bulletinId);
        response.setHeader("Content-Security-Policy", PRINT_POLICY);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(BulletinDocuments.html(bulletin));
    }

    @GetMapping("/bulletins/{bulletinId}/verification")
    @Operation(summary = "Recompute the bulletin from the events as of its cut-off and compare with what was published")
    public BulletinVerificationResponse verify(@PathVariable String bulletinId) {
        return sender.ask(new FindBulletinVerificationQuery(bulletinId), BulletinVerificationResponse.class)
                .orElseThrow(() -> DisclosureSender.unknown("bulletin " + bulletinId));
    }

    private BulletinResponse find(String bulletinId) {
        return sender.list(new FindBulletinsQuery(bulletinId), BulletinListResponse.class).bulletins().stream()
                .findFirst()
                .orElseThrow(() -> DisclosureSender.unknown("bulletin " + bulletinId));
    }
}
