package org.onetrip.projections.allegations;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.projections.cases.CaseProgress;
import org.onetrip.projections.support.SearchUnavailableException;

/**
 * The discipline office's queue: what is waiting for it first (new allegations nobody has looked at yet,
 * conflict-of-interest decisions the desk asked for), newest first within each, with each case's progress.
 */
public class AllegationQueue {

    static final int ALL = 10_000;

    private final ElasticsearchClient client;
    private final String index;
    private final CaseProgress.Lookup cases;

    public AllegationQueue(ElasticsearchClient client, String index, CaseProgress.Lookup cases) {
        this.client = client;
        this.index = index;
        this.cases = cases;
    }

    /** Where an entry stands with the discipline office. */
    public enum State {
        /** The desk asked whether the department complained about may handle it. */
        DECISION_REQUESTED,
        /** An allegation nobody in the office has looked at yet. */
        NEW,
        UNDER_SUPERVISION,
        REVIEWED,
        SUPERVISION_CONCLUDED,
        /** A conflict-of-interest decision was taken and the allegation, if any, dealt with. */
        DECIDED,
        /** Merged into another case (并单): dealt with there. */
        MERGED;

        public boolean needsAttention() {
            return this == DECISION_REQUESTED || this == NEW;
        }
    }

    public record Entry(AllegationDocument allegation, State state, CaseProgress progress) {}

    public record Response(Map<State, Integer> counts, List<Entry> entries) {}

    /** The queue; {@code attentionOnly}: only what waits for the office. */
    public Response queue(boolean attentionOnly) {
        List<AllegationDocument> docs;
        try {
            docs = client
                    .search(
                            s -> s.index(index)
                                    .size(ALL)
                                    .query(q -> q.term(t -> t.field("inQueue").value(true)))
                                    .sort(o -> o.field(f -> f.field("filedAt").order(SortOrder.Desc))),
                            AllegationDocument.class)
                    .hits()
                    .hits()
                    .stream()
                    .map(Hit::source)
                    .toList();
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read the discipline office's queue", e);
        }
        var progress = cases.of(docs.stream().map(d -> d.caseId).toList());
        var entries = docs.stream()
                .map(doc -> {
                    var caseProgress = progress.get(doc.caseId);
                    return new Entry(doc, state(doc, caseProgress), caseProgress);
                })
                .toList();
        var counts = new EnumMap<State, Integer>(State.class);
        for (var state : State.values()) {
            counts.put(state, 0);
        }
        entries.forEach(entry -> counts.merge(entry.state(), 1, Integer::sum));
        var shown = entries.stream()
                .filter(entry -> !attentionOnly || entry.state().needsAttention())
                .sorted(java.util.Comparator.comparing((Entry e) -> e.state().ordinal()))
                .toList();
        return new Response(counts, shown);
    }

    static State state(AllegationDocument doc, CaseProgress progress) {
        if (doc.decisionPending) {
            return State.DECISION_REQUESTED;
        }
        if (doc.supervisionOpen) {
            return State.UNDER_SUPERVISION;
        }
        if (doc.supervisionConcludedAt != null) {
            return State.SUPERVISION_CONCLUDED;
        }
        if (!doc.reviews.isEmpty()) {
            return State.REVIEWED;
        }
        if (progress != null && progress.status() == CaseStatus.MERGED) {
            return State.MERGED;
        }
        return doc.accusesStaff ? State.NEW : State.DECIDED;
    }
}
