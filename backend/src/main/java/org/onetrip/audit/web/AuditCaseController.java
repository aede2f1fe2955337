package org.onetrip.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.onetrip.audit.api.CaseAsOfResponse;
import org.onetrip.audit.query.CaseAsOf;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.StaffRoles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit/cases")
@Tag(name = "Audit: cases", description = "Cases as they stood at an earlier instant")
public class AuditCaseController {

    private final CaseAsOf asOf;
    private final StaffRoles roles;

    public AuditCaseController(CaseAsOf asOf, StaffRoles roles) {
        this.asOf = asOf;
        this.roles = roles;
    }

    @GetMapping("/{caseId}/as-of")
    @Operation(
            summary = "The case and its public page as they were at an instant (ISO-8601, e.g. 2025-11-04T02:00:00Z)")
    public CaseAsOfResponse asOf(
            @PathVariable String caseId,
            @RequestParam("at") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
            HttpServletRequest http) {
        roles.require(http, Role.AUDITOR, Role.DISCIPLINE, Role.ADMIN);
        return asOf.at(caseId, at)
                .orElseThrow(() -> new ApiException(
                        Problems.of(HttpStatus.NOT_FOUND, Problems.UNKNOWN_CASE, "Unknown case", "no case " + caseId)));
    }
}
