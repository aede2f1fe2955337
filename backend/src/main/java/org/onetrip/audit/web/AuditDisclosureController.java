package org.onetrip.audit.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.onetrip.audit.api.NoticeAsOfResponse;
import org.onetrip.audit.api.ServiceItemAsOfResponse;
import org.onetrip.audit.query.DisclosureAsOf;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.web.ApiException;
import org.onetrip.shared.web.Problems;
import org.onetrip.shared.web.StaffRoles;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@RequestMapping("/api/audit")
@Tag(
        name = "Audit: disclosures",
        description = "Public pages of service items and notices as they were at an earlier instant")
public class AuditDisclosureController {

    private final DisclosureAsOf asOf;
    private final StaffRoles roles;

    public AuditDisclosureController(DisclosureAsOf asOf, StaffRoles roles) {
        this.asOf = asOf;
        this.roles = roles;
    }

    @GetMapping("/service-items/{code}/as-of")
    @Operation(summary = "A service item's public page as it was at an instant (ISO-8601, e.g. 2026-03-02T02:00:00Z)")
    public ServiceItemAsOfResponse serviceItem(
            @PathVariable String code,
            @RequestParam("at") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
            HttpServletRequest http) {
        roles.require(http, Role.AUDITOR, Role.DISCIPLINE, Role.ADMIN);
        return asOf.serviceItem(code, at)
                .orElseThrow(() -> new ApiException(Problems.unknownDisclosure("service item " + code)));
    }

    @GetMapping("/notices/{noticeId}/as-of")
    @Operation(summary = "A notice as the public saw it at an instant (ISO-8601)")
    public NoticeAsOfResponse notice(
            @PathVariable String noticeId,
            @RequestParam("at") @DateTimeFormat(iso = DateTimeFormat.ISO.DATE_TIME) Instant at,
            HttpServletRequest http) {
        roles.require(http, Role.AUDITOR, Role.DISCIPLINE, Role.ADMIN);
        return asOf.notice(noticeId, at)
                .orElseThrow(() -> new ApiException(Problems.unknownDisclosure("notice " + noticeId)));
    }
}
