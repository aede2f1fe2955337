package org.onetrip.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.Optional;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.FindCaseRefQuery;
import org.onetrip.integrity.api.FilingReceipt;
import org.onetrip.integrity.api.ReceiptVerification;
import org.onetrip.integrity.receipt.FilingReceipts;
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

    private final CaseCommandSender sender;
    private final FilingReceipts receipts;

    public ReceiptVerificationController(CaseCommandSender sender, FilingReceipts receipts) {
        this.sender = sender;
        this.receipts = receipts;
    }

    @PostMapping("/receipts/verify")
    @Operation(summary = "Is this receipt genuine, and does the stored filing still match it?")
    public ReceiptVerification verifyReceipt(@RequestBody VerifyReceiptRequest request) {
        var receipt = request.receipt();
        Optional<String> caseId = receipt == null || receipt.receiptCode() == null
                ? Optional.empty()
                : sender.ask(FindCaseRefQuery.byReceiptCode(receipt.receiptCode()), CaseRefResponse.class)
                        .map(CaseRefResponse::caseId);
        return receipts.verify(receipt, caseId, request.title(), request.description());
    }
}
