package org.onetrip.projections.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseState.PendingExtension;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.Rating;
import org.onetrip.shared.api.Channel;

public record CaseSearchResponse(
        long total, int page, int size, List<Hit> hits, Map<String, Map<String, Long>> facets) {

    /**
     * One case found. {@code highlights}: passages of the complaint text that matched, HTML-escaped
     * by Elasticsearch, the matching words wrapped in {@code <mark>}; empty without a query.
     */
    public record Hit(
            String caseId,
            String caseNumber,
            String title,
            CaseKind kind,
            CaseCategory category,
            Channel channel,
            CaseStatus status,
            String departmentCode,
            Instant filedAt,
            LocalDate dueDate,
            DeadlineStatus deadlineStatus,
            Rating rating,
            int flagScore,
            PendingExtension pendingExtension,
            List<String> highlights) {}
}
