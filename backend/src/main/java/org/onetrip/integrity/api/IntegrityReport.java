package org.onetrip.integrity.api;

import java.time.Instant;
import java.util.List;

/** The whole store checked: damaged aggregates in full, the others counted. */
public record IntegrityReport(
        Instant checkedAt,
        boolean intact,
        long events,
        long aggregates,
        long intactAggregates,
        long legacyAggregates,
        List<AggregateIntegrity> damaged,
        List<CheckpointCheck> checkpoints,
        List<String> problems) {

    public String render() {
        var out = new StringBuilder();
        out.append("Integrity check at ")
                .append(checkedAt)
                .append(": ")
                .append(intact ? "INTACT" : "DAMAGE FOUND")
                .append('\n');
        out.append("  events: ")
                .append(events)
                .append(", aggregates: ")
                .append(aggregates)
                .append(" (intact ")
                .append(intactAggregates)
                .append(", unchained legacy ")
                .append(legacyAggregates)
                .append(", damaged ")
                .append(damaged.size())
                .append(")\n");
        for (var aggregate : damaged) {
            out.append("  ")
                    .append(aggregate.aggregateType())
                    .append(' ')
                    .append(aggregate.aggregateId())
                    .append(": ")
                    .append(aggregate.status());
            if (aggregate.brokenAtSequence() != null) {
                out.append(" at event ").append(aggregate.brokenAtSequence());
            }
            out.append('\n');
            for (var finding : aggregate.findings()) {
                out.append("    event ")
                        .append(finding.sequenceNumber())
                        .append(' ')
                        .append(finding.kind());
                if (finding.field() != null) {
                    out.append(" field ")
                            .append(finding.field())
                            .append(" expected ")
                            .append(finding.expected())
                            .append(" found ")
                            .append(finding.found());
                }
                if (finding.detail() != null) {
                    out.append(" (").append(finding.detail()).append(')');
                }
                out.append('\n');
            }
        }
        for (var checkpoint : checkpoints) {
            out.append("  checkpoint ")
                    .append(checkpoint.number())
                    .append(" [")
                    .append(checkpoint.periodStart())
                    .append(", ")
                    .append(checkpoint.periodEnd())
                    .append("): ")
                    .append(checkpoint.matches() ? "matches" : "MISMATCH")
                    .append(" (published ")
                    .append(checkpoint.publishedEventCount())
                    .append(" events, root ")
                    .append(checkpoint.publishedRoot())
                    .append("; found ")
                    .append(checkpoint.foundEventCount())
                    .append(", root ")
                    .append(checkpoint.recomputedRoot())
                    .append(")\n");
        }
        for (var problem : problems) {
            out.append("  ").append(problem).append('\n');
        }
        return out.toString();
    }
}
