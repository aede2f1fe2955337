package org.onetrip.projections.performance.web;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.projections.cases.CaseDocument;
import org.onetrip.projections.cases.CaseDocuments;
import org.onetrip.projections.performance.DepartmentMonth;
import org.onetrip.projections.performance.DepartmentPerformance;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.projections.support.web.StaffAccess;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Performance")
public class PerformanceController {

    private final CaseDocuments documents;
    private final StaffAccess access;

    public PerformanceController(CaseDocuments documents, StaffAccess access) {
        this.documents = documents;
        this.access = access;
    }

    @GetMapping("/api/staff/performance/departments")
    @Operation(summary = "On-time rate, average handling working days and satisfaction per department and month")
    public List<DepartmentMonth> departments(
            @RequestParam(required = false) String from,
            @RequestParam(required = false) String to,
            HttpServletRequest http) {
        access.require(http);
        month("from", from);
        month("to", to);
        // both are checked as months above, so their text sorts as the months do
        InvalidSearchException.requireInOrder(from, to);
        var all = new ArrayList<CaseDocument>();
        documents.forEach(Query.of(q -> q.exists(e -> e.field("answeredAt"))), all::add);
        return DepartmentPerformance.of(all, from, to);
    }

    private static void month(String field, String value) {
        if (value != null && !value.matches("\\d{4}-(0[1-9]|1[0-2])")) {
            throw new InvalidSearchException(field, field + " must be a month such as 2026-03");
        }
    }
}
