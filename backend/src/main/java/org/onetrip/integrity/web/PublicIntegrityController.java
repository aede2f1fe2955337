package org.onetrip.integrity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.axonframework.messaging.responsetypes.ResponseTypes;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.FindCaseRefQuery;
import org.onetrip.integrity.api.FilingReceipt;
import org.onetrip.integrity.api.PublishedCheckpoint;
import org.onetrip.integrity.api.ReceiptVerification;
import org.onetrip.integrity.query.IntegrityVerifier;
import org.onetrip.integrity.receipt.FilingReceipts;
import org.onetrip.integrity.receipt.ReceiptKeys;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/integrity")
@Tag(name = "Public integrity", description = "Checkpoint roots, the receipt key, receipt verification")
public class PublicIntegrityController {

    /** {@code title} and {@code description}, if given, are checked against the receipt's content hash. */
    public record VerifyReceiptRequest(FilingReceipt receipt, String title, String description) {}

    private final IntegrityVerifier verifier;
    private final FilingReceipts receipts;
    private final ReceiptKeys keys;
    private final QueryGateway queries;

    public PublicIntegrityController(
            IntegrityVerifier verifier, FilingReceipts receipts, ReceiptKeys keys, QueryGateway queries) {
        this.verifier = verifier;
        this.receipts = receipts;
        this.keys = keys;
        this.queries = queries;
    }

    @GetMapping("/public-key")
    @Operation(summary = "The Ed25519 key that signs filing receipts (X.509 SubjectPublicKeyInfo, base64)")
    public Map<String, String> publicKey() {
        return Map.of("algorithm", "Ed25519", "keyId", keys.keyId(), "publicKey", keys.publicKeyBase64());
    }

    @PostMapping("/receipts/verify")
    @Operation(summary = "Is this receipt genuine, and does the stored filing still match it?")
    public ReceiptVerification verifyReceipt(@RequestBody VerifyReceiptRequest request) {
        var receipt = request.receipt();
        Optional<String> caseId = receipt == null || receipt.receiptCode() == null
                ? Optional.empty()
                : queries.query(
                                FindCaseRefQuery.byReceiptCode(receipt.receiptCode()),
                                ResponseTypes.optionalInstanceOf(CaseRefResponse.class))
                        .join()
                        .map(CaseRefResponse::caseId);
        return receipts.verify(receipt, caseId, request.title(), request.description());
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Every published Merkle root; keep a copy: a later rewrite of history no longer matches it")
    public List<PublishedCheckpoint> checkpoints() {
        return verifier.checkpointLedger();
    }
}
