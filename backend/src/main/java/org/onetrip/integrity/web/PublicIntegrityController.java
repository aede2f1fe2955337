package org.onetrip.integrity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import java.util.List;
import org.onetrip.integrity.api.PublishedCheckpoint;
import org.onetrip.integrity.query.IntegrityVerifier;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/public/integrity")
@Tag(name = "Public integrity", description = "Checkpoint roots, the receipt key, receipt verification")
public class PublicIntegrityController {

    private final IntegrityVerifier verifier;

    public PublicIntegrityController(IntegrityVerifier verifier) {
        this.verifier = verifier;
    }

    @GetMapping("/checkpoints")
    @Operation(summary = "Every published Merkle root; keep a copy: a later rewrite of history no longer matches it")
    public List<PublishedCheckpoint> checkpoints() {
        return verifier.checkpointLedger();
    }
}
