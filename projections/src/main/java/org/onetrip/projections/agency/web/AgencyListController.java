package org.onetrip.projections.agency.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.onetrip.projections.agency.AgencySearch;
import org.onetrip.projections.support.web.StaffAccess;
import org.onetrip.shared.api.Role;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The centre's list of agency requests; a department's staff see the requests their department is part of. */
@RestController
@Tag(name = "Agency service")
public class AgencyListController {

    private final AgencySearch search;
    private final StaffAccess access;

    public AgencyListController(AgencySearch search, StaffAccess access) {
        this.search = search;
        this.access = access;
    }

    @GetMapping("/api/staff/agency")
    @Operation(summary = "Requests, open first by due date, each flagged ON_TIME, DUE_SOON or OVERDUE like cases")
    public List<AgencySearch.Entry> list(
            @RequestParam(defaultValue = "false") boolean open,
            @RequestParam(defaultValue = "false") boolean overdue,
            @RequestParam(required = false) String department,
            HttpServletRequest http) {
        var actor = access.require(http);
        var scope = actor.role() == Role.HANDLER ? actor.departmentCode() : department;
        return search.list(new AgencySearch.Filter(open, overdue, scope, null));
    }
}
