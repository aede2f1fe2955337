package org.onetrip.disclosure.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletResponse;
import java.nio.charset.StandardCharsets;
import org.onetrip.disclosure.api.BulletinListResponse;
import org.onetrip.disclosure.api.BulletinResponse;
import org.onetrip.disclosure.api.BulletinVerificationResponse;
import org.onetrip.disclosure.api.Classification;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.api.NoticeListResponse;
import org.onetrip.disclosure.api.NoticeResponse;
import org.onetrip.disclosure.api.PublicationBatchListResponse;
import org.onetrip.disclosure.api.PublicationBatchResponse;
import org.onetrip.disclosure.api.ServiceItemDiffResponse;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.application.PublishedDisclosures;
import org.onetrip.disclosure.query.BulletinDocuments;
import org.onetrip.disclosure.query.BulletinLabels;
import org.onetrip.shared.web.DocumentLanguage;
import org.springframework.beans.factory.ObjectProvider;
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

    private final PublishedDisclosures published;
    private final ObjectProvider<BulletinLabels> labels;

    /** {@code labels}: asked when a document is written (the portal provides them). */
    public PublicDisclosureController(PublishedDisclosures published, ObjectProvider<BulletinLabels> labels) {
        this.published = published;
        this.labels = labels;
    }

    @GetMapping("/items")
    @Operation(summary = "The published catalogue (withdrawn items are listed as such)")
    public ServiceItemListResponse items(
            @RequestParam(required = false) HallZone hallZone,
            @RequestParam(required = false) Classification classification,
            @RequestParam(required = false) String department) {
        return published.catalogue(hallZone, classification, department);
    }

    @GetMapping("/items/{code}")
    @Operation(summary = "An item's current version, its full history with what changed, and any tombstone")
    public ServiceItemResponse item(@PathVariable String code) {
        return published
                .serviceItem(code, null)
                .orElseThrow(() -> DisclosureSender.unknown("published service item " + code));
    }

    @GetMapping("/items/{code}/versions/{version}")
    @Operation(summary = "An item as published in one earlier version")
    public ServiceItemResponse itemVersion(@PathVariable String code, @PathVariable int version) {
        return published
                .serviceItem(code, version)
                .orElseThrow(() -> DisclosureSender.unknown("version " + version + " of service item " + code));
    }

    @GetMapping("/items/{code}/diff")
    @Operation(summary = "Field by field, what changed between two published versions")
    public ServiceItemDiffResponse diff(@PathVariable String code, @RequestParam int from, @RequestParam int to) {
        return published
                .diff(code, from, to)
                .orElseThrow(
                        () -> DisclosureSender.unknown("versions " + from + " and " + to + " of service item " + code));
    }

    @GetMapping("/batches")
    @Operation(summary = "The published batches (第一批 …), newest first, with their items")
    public PublicationBatchListResponse batches() {
        return published.batches();
    }

    @GetMapping("/batches/{batchId}")
    public PublicationBatchResponse batch(@PathVariable String batchId) {
        return published.batch(batchId).orElseThrow(() -> DisclosureSender.unknown("batch " + batchId));
    }

    @GetMapping("/notices")
    @Operation(summary = "Notices and policy interpretations, with corrections and retractions")
    public NoticeListResponse notices() {
        return new NoticeListResponse(published.notices());
    }

    @GetMapping("/notices/{noticeId}")
    public NoticeResponse notice(@PathVariable String noticeId) {
        return published.notice(noticeId).orElseThrow(() -> DisclosureSender.unknown("notice " + noticeId));
    }

    @GetMapping("/bulletins")
    @Operation(summary = "Published monthly bulletins, newest first")
    public BulletinListResponse bulletins() {
        return new BulletinListResponse(published.bulletins());
    }

    @GetMapping("/bulletins/{bulletinId}")
    public BulletinResponse bulletin(@PathVariable String bulletinId) {
        return find(bulletinId);
    }

    @GetMapping("/bulletins/{bulletinId}/csv")
    @Operation(summary = "The bulletin's figures as CSV (UTF-8 with BOM, opens in Excel), headed in lang (zh-CN or en)")
    public ResponseEntity<byte[]> bulletinCsv(
            @PathVariable String bulletinId, @RequestParam(defaultValue = "zh-CN") String lang) {
        var bulletin = find(bulletinId);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "csv", StandardCharsets.UTF_8))
                .header(
                        HttpHeaders.CONTENT_DISPOSITION,
                        ContentDisposition.attachment()
                                .filename("bulletin-" + bulletin.period() + ".csv")
                                .build()
                                .toString())
                .body(BulletinDocuments.csv(bulletin, labels.getObject(), DocumentLanguage.of(lang)));
    }

    @GetMapping("/bulletins/{bulletinId}/print")
    @Operation(summary = "The bulletin as a printable HTML page with bar charts (SVG), written in lang (zh-CN or en)")
    public ResponseEntity<String> bulletinPage(
            @PathVariable String bulletinId,
            @RequestParam(defaultValue = "zh-CN") String lang,
            HttpServletResponse response) {
        var bulletin = find(bulletinId);
        response.setHeader("Content-Security-Policy", PRINT_POLICY);
        return ResponseEntity.ok()
                .contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
                .body(BulletinDocuments.html(bulletin, labels.getObject(), DocumentLanguage.of(lang)));
    }

    @GetMapping("/bulletins/{bulletinId}/verification")
    @Operation(summary = "Recompute the bulletin from the events as of its cut-off and compare with what was published")
    public BulletinVerificationResponse verify(@PathVariable String bulletinId) {
        return published
                .verifyBulletin(bulletinId)
                .orElseThrow(() -> DisclosureSender.unknown("bulletin " + bulletinId));
    }

    private BulletinResponse find(String bulletinId) {
        return published.bulletin(bulletinId).orElseThrow(() -> DisclosureSender.unknown("bulletin " + bulletinId));
    }
}
