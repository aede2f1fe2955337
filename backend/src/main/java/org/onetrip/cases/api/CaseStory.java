package org.onetrip.cases.api;

import java.time.Instant;
import java.util.List;
import org.onetrip.shared.api.Channel;

/**
 * A case as staff read it on their case pages: where it stands (from its events), what was filed, and
 * every event in order, typed, with the filer's contact withheld, so a screen can word each one as a
 * sentence instead of showing stored JSON.
 */
public record CaseStory(CaseState state, Filing filing, List<Entry> entries) {

    public CaseStory {
        entries = List.copyOf(entries);
    }

    /** What the filer said and how it came in; never contact data. */
    public record Filing(
            CaseKind kind,
            CaseCategory category,
            String title,
            String description,
            String serviceItemCode,
            String concernedDepartmentCode,
            boolean anonymous,
            Channel channel,
            Instant filedAt) {}

    public record Entry(long sequence, Instant occurredAt, CaseEvent event) {}

    /** The version a command may carry as If-Match: the last event's sequence. */
    public long version() {
        return entries.isEmpty() ? -1 : entries.get(entries.size() - 1).sequence();
    }
}
