package org.onetrip.projections.timeline.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import java.util.List;
import org.onetrip.projections.support.web.StaffAccess;
import org.onetrip.projections.timeline.TimelineSearch;
import org.onetrip.shared.api.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Search")
public class TimelineSearchController {

    private final TimelineSearch search;
    private final StaffAccess access;

    public TimelineSearchController(TimelineSearch search, StaffAccess access) {
        this.search = search;
        this.access = access;
    }

    @GetMapping("/api/staff/search/timeline")
    @Operation(summary = "Timeline entries across cases, e.g. every transfer out of 国土所 in March")
    public TimelineSearch.Response timeline(
            @RequestParam(required = false) String caseId,
            @RequestParam(required = false) List<String> type,
            @RequestParam(required = false) String department,
            @RequestParam(required = false) String fromDepartment,
            @RequestParam(required = false) String toDepartment,
            @RequestParam(required = false) Instant from,
            @RequestParam(required = false) Instant to,
            @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "50") int size,
            HttpServletRequest http) {
        var reader = access.require(http, Role.INTAKE, Role.DISCIPLINE, Role.AUDITOR, Role.ADMIN);
        return search.search(new TimelineSearch.Request(
                        caseId, type, department, fromDepartment, toDepartment, from, to, page, size))
                .readBy(reader);
    }
}
