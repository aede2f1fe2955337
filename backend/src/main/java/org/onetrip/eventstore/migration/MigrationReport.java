package org.onetrip.eventstore.migration;

import java.util.List;

/**
 * The verification of a copy: totals, streams, per-stream checksum mismatches and the global order.
 * {@link #matches()} is what allows switching the application over.
 */
public record MigrationReport(
        String source,
        String target,
        long copied,
        long sourceEvents,
        long targetEvents,
        long streams,
        long matchingStreams,
        List<String> mismatches,
        String sourceOrderChecksum,
        String targetOrderChecksum) {

    public static final int MAX_LISTED_MISMATCHES = 50;

    public boolean matches() {
        return sourceEvents == targetEvents
                && matchingStreams == streams
                && mismatches.isEmpty()
                && sourceOrderChecksum.equals(targetOrderChecksum);
    }

    public String render() {
        StringBuilder text = new StringBuilder();
        text.append("Event store migration\n");
        text.append("  from:            ").append(source).append('\n');
        text.append("  to:              ").append(target).append('\n');
        text.append("  copied now:      ").append(copied).append(" events\n");
        text.append("  events:          ")
                .append(sourceEvents)
                .append(" in source, ")
                .append(targetEvents)
                .append(" in target")
                .append(sourceEvents == targetEvents ? " (equal)" : " (DIFFERENT)")
                .append('\n');
        text.append("  streams:         ")
                .append(matchingStreams)
                .append(" of ")
                .append(streams)
                .append(" match (SHA-256 over ids, types, sequence numbers, timestamps, payloads, metadata)\n");
        text.append("  global order:    ")
                .append(sourceOrderChecksum.equals(targetOrderChecksum) ? "same" : "DIFFERENT")
                .append(" (SHA-256 of event ids in order: ")
                .append(sourceOrderChecksum, 0, 16)
                .append("… vs ")
                .append(targetOrderChecksum, 0, 16)
                .append("…)\n");
        for (String mismatch : mismatches) {
            text.append("  MISMATCH        ").append(mismatch).append('\n');
        }
        text.append(
                matches()
                        ? "RESULT: OK - the copy is complete and identical; the application may be switched"
                                + " (onetrip.event-store=kurrent)\n"
                        : "RESULT: MISMATCH - do not switch the application to the target\n");
        return text.toString();
    }
}
