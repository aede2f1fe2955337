package org.onetrip.integrity.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.onetrip.integrity.api.AggregateIntegrity;
import org.onetrip.integrity.api.IntegrityReport;
import org.onetrip.integrity.query.ChainExport;
import org.onetrip.integrity.query.IntegrityVerifier;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.StaffRoles;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit/integrity")
@Tag(name = "Audit: integrity", description = "Re-read the event store and check every hash chain and checkpoint")
public class AuditIntegrityController {

    private static final Role[] AUDIT = {Role.AUDITOR, Role.DISCIPLINE, Role.ADMIN};

    private final IntegrityVerifier verifier;
    private final ChainExport export;
    private final StaffRoles roles;

    public AuditIntegrityController(IntegrityVerifier verifier, ChainExport export, StaffRoles roles) {
        this.verifier = verifier;
        this.export = export;
        this.roles = roles;
    }

    @GetMapping
    @Operation(summary = "Check every aggregate's chain and every published checkpoint root")
    public IntegrityReport all(HttpServletRequest http) {
        roles.require(http, AUDIT);
        return verifier.verifyAll();
    }

    @GetMapping("/cases/{caseId}")
    @Operation(summary = "Check one case's chain: intact, broken at event N, or missing events")
    public AggregateIntegrity oneCase(@PathVariable String caseId, HttpServletRequest http) {
        roles.require(http, AUDIT);
        return verifier.verifyAggregate(caseId).orElseThrow(() -> unknown(caseId));
    }

    @GetMapping("/cases/{caseId}/export")
    @Operation(
            summary =
                    "The case's events in the canonical envelope, for recomputing the chain outside (tools/verify_chain.py)")
    public ChainExport.Export exportCase(@PathVariable String caseId, HttpServletRequest http) {
        roles.require(http, AUDIT);
        return export.of(caseId).orElseThrow(() -> unknown(caseId));
    }

    static ApiException unknown(String caseId) {
        return new ApiException(
                Problems.of(HttpStatus.NOT_FOUND, Problems.UNKNOWN_CASE, "Unknown case", "no case " + caseId));
    }
}
