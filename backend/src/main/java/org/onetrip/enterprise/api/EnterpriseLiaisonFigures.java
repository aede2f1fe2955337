package org.onetrip.enterprise.api;

import java.util.List;

/**
 * A bulletin period's enterprise liaison (企业联点, 四.四.2): how many registered enterprises had a ledger
 * visit in the month (the plan: at least monthly), and the enterprise requests per type: raised and
 * answered in the period, open and overdue at the cut-off, so a recurring problem shows as one row.
 */
public record EnterpriseLiaisonFigures(
        int registered, int visited, Double visitRate, List<TypeRow> types, TypeRow totals) {

    public EnterpriseLiaisonFigures {
        types = types == null ? List.of() : List.copyOf(types);
    }

    /** {@code type} null in the totals row. */
    public record TypeRow(EnterpriseIssueType type, int raised, int answered, int open, int overdueOpen) {}
}
