package org.onetrip.enterprise.api;

/** A ledger issue numbered from 1 within its visit. */
public record LoggedLedgerIssue(
        int number,
        EnterpriseIssueType type,
        String summary,
        String details,
        boolean resolvedOnSite,
        String resolution) {}
