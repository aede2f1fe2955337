package org.onetrip.grid.api;

import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.Complainant;

/**
 * An issue found on a visit, as the cadre reports it. Either it was settled on the spot
 * ({@code raiseAsCase} false, {@code resolution} saying how), or it becomes a case (网格走访问题) for the
 * desk to assign; then {@code category}, the department it concerns and the resident's contact
 * (encrypted like any complainant's) go with it.
 */
public record FoundIssue(
        String summary,
        String details,
        boolean raiseAsCase,
        String resolution,
        CaseCategory category,
        String concernedDepartmentCode,
        Complainant resident) {}
