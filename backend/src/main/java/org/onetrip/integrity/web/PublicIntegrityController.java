package org.onetrip.integrity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import java.util.Map;
import org.onetrip.integrity.api.PublishedCheckpoint;
import org.onetrip.integrity.query.IntegrityVerifier;
import org.onetrip.integrity.receipt.ReceiptKeys;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Checkpoint roots and the receipt key. Verifying a receipt resolves its receipt code, a case matter, so
 * {@code POST /api/public/integrity/receipts/verify} is served by the cases feature.
 */
@RestController
@RequestMapping("/api/public/integrity")
@Tag(name = "Public integrity", description = "Checkpoint roots, the receipt key, receipt verification")
public class PublicIntegrityController {

    private final IntegrityVerifier verifier;
    private final ReceiptKeys keys;

    public PublicIntegrityController(IntegrityVerifier verifier, ReceiptKeys keys) {
        this.verifier = verifier;
        this.keys = keys;
    }

    @GetMapping("/public-key")
    @Operation(summary = "The Ed25519 key that signs filing receipts (X.509 SubjectPublicKeyInfo, base64)")
    public Map<String, String> publicKey() {
        return Map.of("algorithm", "Ed25519", "keyId", keys.keyId(), "publicKey", keys.publicKeyBase64());
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Every published Merkle root; keep a copy: a later rewrite of history no longer matches it")
    public List<PublishedCheckpoint> checkpoints() {
        return verifier.checkpointLedger();
    }
}
