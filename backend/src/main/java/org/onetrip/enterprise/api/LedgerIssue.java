package org.onetrip.enterprise.api;

/**
 * A problem the enterprise raised on a visit, as the liaison cadre enters it in the ledger (工作台账).
 * Unless settled on the spot ({@code raiseAsCase} false, {@code resolution} saying how), it becomes an
 * enterprise request (企业诉求) for the desk to assign (交办) to a department with a deadline.
 */
public record LedgerIssue(
        EnterpriseIssueType type, String summary, String details, boolean raiseAsCase, String resolution) {}
