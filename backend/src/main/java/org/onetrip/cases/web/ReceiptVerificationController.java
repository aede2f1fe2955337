package org.onetrip.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onetrip.cases.application.CaseFiling;
import org.onetrip.integrity.api.FilingReceipt;
import org.onetrip.integrity.api.ReceiptVerification;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/integrity")
@Tag(name = "Public integrity")
public class ReceiptVerificationController {

    /** {@code title} and {@code description}, if given, are checked against the receipt's content hash. */
    public record VerifyReceiptRequest(FilingReceipt receipt, String title, String description) {}

    private final CaseFiling filing;

    public ReceiptVerificationController(CaseFiling filing) {
        this.filing = filing;
    }

    @PostMapping("/receipts/verify")
    @Operation(summary = "Is this receipt genuine, and does the stored filing still match it?")
    public ReceiptVerification verifyReceipt(@RequestBody VerifyReceiptRequest request) {
        return filing.verifyReceipt(request.receipt(), request.title(), request.description());
    }
}
