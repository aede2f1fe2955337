package org.onetrip.projections.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.Rating;

/**
 * A published handling result as the public search index holds it. Its identifier is {@link #publicId}, never
 * the receipt code: the code is the filer's key to track, rate and reopen the case, so no list may show it.
 */
public record PublicCaseDocument(
        String publicId,
        CaseKind kind,
        CaseCategory category,
        String title,
        CaseStatus status,
        String departmentCode,
        List<String> departmentsInvolved,
        Instant filedAt,
        LocalDate dueDate,
        Instant answeredAt,
        Instant closedAt,
        String answer,
        Rating rating,
        Boolean answeredOnTime,
        long version) {}
