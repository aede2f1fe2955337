package org.onetrip.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.axonframework.queryhandling.QueryGateway;
import org.onetrip.cases.api.CaseCountsResponse;
import org.onetrip.cases.api.FindCaseCountsQuery;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public cases")
public class StatisticsController {

    private final QueryGateway queries;

    public StatisticsController(QueryGateway queries) {
        this.queries = queries;
    }

    @GetMapping("/api/public/statistics")
    @Operation(summary = "How many cases there are, by status")
    public CaseCountsResponse statistics() {
        return queries.query(new FindCaseCountsQuery(), CaseCountsResponse.class)
                .join();
    }
}
