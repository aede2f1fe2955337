package org.onetrip.cases.web;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.onetrip.cases.api.CaseCountsResponse;
import org.onetrip.cases.application.CaseHistory;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

@RestController
@Tag(name = "Public cases")
public class StatisticsController {

    private final CaseHistory history;

    public StatisticsController(CaseHistory history) {
        this.history = history;
    }

    @GetMapping("/api/public/statistics")
    @Operation(summary = "How many cases there are, by status")
    public CaseCountsResponse statistics() {
        return history.counts();
    }
}
