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

    /** The same page for a reader other than the code's holder: the code masked, as staff see it. */
    public PublicCaseResponse withReceiptCodeMasked() {
        return new PublicCaseResponse(
                ReceiptCode.masked(receiptCode),
                kind,
                category,
                title,
                status,
                filedAt,
                departmentCode,
                dueDate,
                answer,
                rating,
                underSupervision,
                timeline);
    }

    public record PublicTimelineEntry(
            Instant at,
            String step,
            String departmentCode,
            String toDepartmentCode,
            LocalDate dueDate,
            String text,
            Rating rating) {}
}
