package org.onetrip.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.validation.Valid;
import java.net.URI;
import org.onetrip.cases.api.FindPublicCaseQuery;
import org.onetrip.cases.api.PublicCaseResponse;
import org.onetrip.cases.api.RateCaseCommand;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.integrity.receipt.FilingReceipts;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/cases")
@Tag(name = "Public cases", description = "Filing, tracking and rating without an account")
public class PublicCaseController {

    private final CaseCommandSender sender;
    private final FilingReceipts receipts;

    public PublicCaseController(CaseCommandSender sender, FilingReceipts receipts) {
        this.sender = sender;
        this.receipts = receipts;
    }

    @PostMapping
    @Operation(summary = "File a complaint, report, enquiry or suggestion; answers with the receipt code")
    public ResponseEntity<FiledCaseResponse> file(@Valid @RequestBody FileCaseRequest request) {
        var filed = sender.file(request, Actor.PUBLIC, Channel.PORTAL);
        var code = new ReceiptCode(filed.receiptCode()).grouped();
        var trackUrl = "/api/public/cases/" + code;
        return ResponseEntity.created(URI.create(trackUrl))
                .body(new FiledCaseResponse(
                        code, null, filed.status(), trackUrl, receipts.issue(filed.caseId(), code)));
    }

    @GetMapping("/{receiptCode}")
    @Operation(summary = "The public timeline of a case: departments, dates, the answer; no personal data")
    public PublicCaseResponse track(@PathVariable String receiptCode) {
        return sender.ask(new FindPublicCaseQuery(receiptCode), PublicCaseResponse.class)
                .orElseThrow(() -> CaseCommandSender.unknownCase("with that code"));
    }

    @PostMapping("/{receiptCode}/rating")
    @Operation(summary = "Rate the answer (five levels)")
    public CaseCommandResponse rate(
            @PathVariable String receiptCode, @Valid @RequestBody CaseRequests.RatingRequest request) {
        var ref = sender.byReceiptCode(receiptCode);
        var response = sender.send(
                new RateCaseCommand(
                        ref.caseId(), Actor.PUBLIC, Channel.PORTAL, request.rating(), request.comment(), null),
                ref.caseId());
        return new CaseCommandResponse(null, response.status(), response.version());
    }
}
