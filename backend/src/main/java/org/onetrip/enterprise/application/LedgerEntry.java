package org.onetrip.enterprise.application;

import java.time.LocalDate;
import java.util.List;
import org.onetrip.enterprise.api.LedgerIssue;

/** One visit as the liaison cadre enters it in the work ledger (工作台账). */
public record LedgerEntry(LocalDate visitedOn, String participants, String situation, List<LedgerIssue> issues) {

    public LedgerEntry {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }
}
