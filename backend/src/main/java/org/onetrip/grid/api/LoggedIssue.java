package org.onetrip.grid.api;

import org.onetrip.cases.api.CaseCategory;

/** An issue of a logged visit, numbered from 1; no resident's contact, which goes only into its case. */
public record LoggedIssue(
        int number,
        String summary,
        String details,
        boolean resolvedOnSite,
        String resolution,
        CaseCategory category,
        String concernedDepartmentCode) {}
