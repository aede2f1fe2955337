package org.onetrip.projections.cases;

import java.time.Instant;
import java.time.LocalDate;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.Rating;
import org.onetrip.shared.api.Channel;

/**
 * One case in a staff export. It has no field for a receipt code, contact details or any identifier, so
 * no export can leak one.
 */
public record CaseExportRow(
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
        int flagScore) {}
