package org.onetrip.cases.api;

import java.util.Objects;

/**
 * Where a case came from when it was not filed by the public or the desk but found by staff out in
 * the township: an issue of a grid visit (网格走访) or of an enterprise liaison visit (企业联点). It links
 * the case to the visit ({@code subjectId} is the grid or the enterprise, {@code visitId} the visit,
 * {@code issueNumber} the issue's number within it); {@code topic} is the enterprise issue type
 * (用地, 审批, …) or null.
 */
public record CaseOrigin(Source source, String subjectId, String visitId, int issueNumber, String topic) {

    public enum Source {
        GRID_VISIT(CaseKind.GRID_VISIT_ISSUE),
        ENTERPRISE_VISIT(CaseKind.ENTERPRISE_REQUEST);

        private final CaseKind kind;

        Source(CaseKind kind) {
            this.kind = kind;
        }

        /** The only kind of case such a visit raises. */
        public CaseKind kind() {
            return kind;
        }
    }

    public CaseOrigin {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(subjectId, "subjectId");
        Objects.requireNonNull(visitId, "visitId");
        if (issueNumber < 1) {
            throw new IllegalArgumentException("issueNumber starts at 1");
        }
    }
}
