package org.onetrip.projections.discipline;

import java.util.List;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.projections.buckpassing.BuckPassingFlag;

/** What the discipline office sees: flagged cases ranked, and service items with recurring trips. */
public record BuckPassingReport(List<FlaggedCase> cases, List<RecurringTrips> serviceItems) {

    public record FlaggedCase(
            String caseId,
            String caseNumber,
            String title,
            CaseStatus status,
            String departmentCode,
            int score,
            List<BuckPassingFlag> flags) {}

    public record RecurringTrips(
            String serviceItemCode,
            int complaints,
            List<String> caseIds,
            List<String> departments,
            String explanation) {}
}
