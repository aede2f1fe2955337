package org.onetrip.grid.api;

import java.util.List;

/** What a grid command answers; a recorded refusal is an outcome, not an exception. */
public sealed interface GridOutcome {

    record Done(String gridId) implements GridOutcome {}

    record Refused(GridRefusalReason reason, String detail) implements GridOutcome {}

    /**
     * A visit logged, or an issue raised later: the cases filed, each with its receipt code, which the
     * cadre hands to the resident (it is shown this once and kept nowhere else but in the case).
     */
    record CasesRaised(String gridId, String visitId, List<RaisedCase> cases) implements GridOutcome {
        public CasesRaised {
            cases = List.copyOf(cases);
        }
    }

    record RaisedCase(int issueNumber, String caseId, String receiptCode) {}
}
