package org.onetrip.grid.application;

import java.time.LocalDate;
import java.util.List;
import org.onetrip.grid.api.FoundIssue;

/** What a cadre reports of one visit, as the REST API and the visit form both collect it. */
public record VisitReport(
        LocalDate visitedOn,
        String place,
        int households,
        int enterprises,
        String visitedWho,
        String note,
        List<FoundIssue> issues) {

    public VisitReport {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }
}
