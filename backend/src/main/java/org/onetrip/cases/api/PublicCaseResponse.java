package org.onetrip.cases.api;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** What anyone holding the receipt code may see: no personal data, no internal notes, no staff names. */
public record PublicCaseResponse(
        String receiptCode,
        CaseKind kind,
        CaseCategory category,
        String title,
        CaseStatus status,
        Instant filedAt,
        String departmentCode,
        LocalDate dueDate,
        String answer,
        Rating rating,
        boolean underSupervision,
        List<PublicTimelineEntry> timeline) {

    public record PublicTimelineEntry(
            Instant at,
            String step,
            String departmentCode,
            String toDepartmentCode,
            LocalDate dueDate,
            String text,
            Rating rating) {}
}
