package org.onetrip.projections.timeline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.AllegationReviewedEvent;
import org.onetrip.cases.api.DisciplineFindings;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.projections.support.SearchUnavailableException;
import org.onetrip.shared.api.Actor;

/** Audit queries over every case's timeline: by case, event type, department, direction and period. */
public class TimelineSearch {

    private final ElasticsearchClient client;
    private final String index;

    public TimelineSearch(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public record Request(
            String caseId,
            List<String> type,
            String department,
            String fromDepartment,
            String toDepartment,
            Instant from,
            Instant to,
            int page,
            int size) {}

    public record Response(long total, int page, int size, List<TimelineEntryDocument> entries) {

        /** The entries as {@code reader} may read them: an accountability measure's findings only for those who read them. */
        public Response readBy(Actor reader) {
            if (DisciplineFindings.readBy(reader)) {
                return this;
            }
            return new Response(
                    total,
                    page,
                    size,
                    entries.stream().map(TimelineSearch::withoutFindings).toList());
        }
    }

    private static TimelineEntryDocument withoutFindings(TimelineEntryDocument e) {
        if (!e.type().equals(AccountabilityRecordedEvent.class.getSimpleName())
                && !e.type().equals(AllegationReviewedEvent.class.getSimpleName())) {
            return e;
        }
        return new TimelineEntryDocument(
                e.eventId(),
                e.caseId(),
                e.sequence(),
                e.type(),
                e.at(),
                e.month(),
                e.actorId(),
                e.actorRole(),
                e.actorDepartment(),
                e.channel(),
                e.department(),
                e.fromDepartment(),
                e.toDepartment(),
                e.rating(),
                e.refusalReason(),
                e.refusedCommand(),
                null);
    }

    public Response search(Request request) {
        if (request.size() < 1
                || request.size() > CaseSearch.MAX_PAGE_SIZE
                || request.page() < 0
                || ((long) request.page() + 1) * request.size() > 10_000) {
            throw new InvalidSearchException(
                    "size", "size must be 1 to " + CaseSearch.MAX_PAGE_SIZE + " and page*size below 10000");
        }
        InvalidSearchException.requireInOrder(request.from(), request.to());
        var filters = new ArrayList<Query>();
        term(filters, "caseId", request.caseId());
        term(filters, "department", request.department());
        term(filters, "fromDepartment", request.fromDepartment());
        term(filters, "toDepartment", request.toDepartment());
        if (request.type() != null && !request.type().isEmpty()) {
            var types = request.type().stream()
                    .map(co.elastic.clients.elasticsearch._types.FieldValue::of)
                    .toList();
            filters.add(Query.of(q -> q.terms(t -> t.field("type").terms(v -> v.value(types)))));
        }
        if (request.from() != null || request.to() != null) {
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("at");
                if (request.from() != null) {
                    d.gte(request.from().toString());
                }
                if (request.to() != null) {
                    d.lt(request.to().toString());
                }
                return d;
            }))));
        }
        try {
            var response = client.search(
                    s -> s.index(index)
                            .from(request.page() * request.size())
                            .size(request.size())
                            .trackTotalHits(t -> t.enabled(true))
                            .query(q -> q.bool(b -> b.filter(filters)))
                            .sort(o -> o.field(f -> f.field("at").order(SortOrder.Asc)))
                            .sort(o -> o.field(f -> f.field("sequence").order(SortOrder.Asc))),
                    TimelineEntryDocument.class);
            return new Response(
                    response.hits().total().value(),
                    request.page(),
                    request.size(),
                    response.hits().hits().stream().map(Hit::source).toList());
        } catch (IOException e) {
            throw new SearchUnavailableException("timeline search failed", e);
        }
    }

    private static void term(List<Query> filters, String field, String value) {
        if (value != null && !value.isBlank()) {
            filters.add(Query.of(q -> q.term(t -> t.field(field).value(value.strip()))));
        }
    }
}
