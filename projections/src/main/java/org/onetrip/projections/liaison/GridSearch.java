package org.onetrip.projections.liaison;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.onetrip.grid.api.GridCadre;
import org.onetrip.grid.api.GridCompliance;
import org.onetrip.projections.cases.CaseProgress;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.projections.support.SearchUnavailableException;

/** Grids, their visits and the month's compliance, read from the liaison indices. */
public class GridSearch {

    static final int ALL = 10_000;

    private final ElasticsearchClient client;
    private final String grids;
    private final String visits;
    private final CaseProgress.Lookup cases;

    public GridSearch(ElasticsearchClient client, String grids, String visits, CaseProgress.Lookup cases) {
        this.client = client;
        this.grids = grids;
        this.visits = visits;
        this.cases = cases;
    }

    /** A visit as staff read it: the issues with the progress of the cases they became. */
    public record VisitView(GridVisitDocument visit, List<IssueView> issues) {}

    public record IssueView(GridVisitDocument.Issue issue, CaseProgress progress) {}

    public record VisitPage(long total, int page, int size, List<VisitView> visits) {}

    /** Every grid, by code; or only those where {@code personId} holds a post now. */
    public List<GridDocument> grids(String personId) {
        var query = personId == null
                ? Query.of(q -> q.matchAll(m -> m))
                : Query.of(q -> q.term(t -> t.field("cadrePersonIds").value(personId)));
        return search(grids, query, ALL, "gridId", SortOrder.Asc, GridDocument.class).hits().hits().stream()
                .map(Hit::source)
                .toList();
    }

    public Optional<GridDocument> grid(String gridId) {
        return get(grids, gridId, GridDocument.class);
    }

    public VisitPage visits(String gridId, String personId, YearMonth month, int page, int size) {
        if (size < 1 || size > 200 || page < 0 || (long) (page + 1) * size > ALL) {
            throw new InvalidSearchException("size", "size must be 1 to 200, page at least 0");
        }
        var filters = new ArrayList<Query>();
        if (gridId != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("gridId").value(gridId))));
        }
        if (personId != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("cadrePersonId").value(personId))));
        }
        if (month != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("month").value(month.toString()))));
        }
        var query = Query.of(q -> q.bool(b -> b.filter(filters)));
        try {
            var response = client.search(
                    s -> s.index(visits)
                            .from(page * size)
                            .size(size)
                            .trackTotalHits(t -> t.enabled(true))
                            .query(query)
                            .sort(o -> o.field(f -> f.field("visitedOn").order(SortOrder.Desc)))
                            .sort(o -> o.field(f -> f.field("loggedAt").order(SortOrder.Desc))),
                    GridVisitDocument.class);
            var docs = response.hits().hits().stream().map(Hit::source).toList();
            return new VisitPage(response.hits().total().value(), page, size, withProgress(docs));
        } catch (IOException e) {
            throw new SearchUnavailableException("grid visit search failed", e);
        }
    }

    public Optional<VisitView> visit(String visitId) {
        return get(visits, visitId, GridVisitDocument.class)
                .map(doc -> withProgress(List.of(doc)).get(0));
    }

    /** Visits done against visits required, per grid, for the month, with the norm of that month. */
    public GridCompliance compliance(YearMonth month, List<GridCompliance.Norm> norms) {
        var records = grids(null).stream()
                .map(grid -> new GridCompliance.GridRecord(
                        grid.gridId,
                        grid.name,
                        grid.villageDepartmentCode,
                        grid.tenures.stream()
                                .map(t -> new GridCompliance.Tenure(
                                        new GridCadre(t.role(), t.personId(), t.name(), t.departmentCode()),
                                        t.from(),
                                        t.until()))
                                .toList()))
                .toList();
        var query = Query.of(q -> q.term(t -> t.field("month").value(month.toString())));
        var visitRecords =
                search(visits, query, ALL, "visitedOn", SortOrder.Asc, GridVisitDocument.class).hits().hits().stream()
                        .map(Hit::source)
                        .map(v -> new GridCompliance.VisitRecord(v.gridId, v.cadrePersonId, v.visitedOn))
                        .toList();
        return GridCompliance.of(month, records, visitRecords, norms);
    }

    private List<VisitView> withProgress(List<GridVisitDocument> docs) {
        var progress =
                cases.of(docs.stream().flatMap(doc -> doc.caseIds.stream()).toList());
        return docs.stream()
                .map(doc -> new VisitView(
                        doc,
                        doc.issues.stream()
                                .map(issue -> new IssueView(
                                        issue, issue.caseId() == null ? null : progress.get(issue.caseId())))
                                .toList()))
                .toList();
    }

    private <T> co.elastic.clients.elasticsearch.core.SearchResponse<T> search(
            String index, Query query, int size, String sortField, SortOrder order, Class<T> type) {
        try {
            return client.search(
                    s -> s.index(index)
                            .size(size)
                            .query(query)
                            .sort(o -> o.field(f -> f.field(sortField).order(order))),
                    type);
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read " + index, e);
        }
    }

    private <T> Optional<T> get(String index, String id, Class<T> type) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return Optional.empty();
        }
        try {
            var found = client.get(g -> g.index(index).id(id), type);
            return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read " + id, e);
        }
    }
}
