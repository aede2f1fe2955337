package org.onetrip.projections.disclosure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.projections.search.query.SearchText;
import org.onetrip.projections.support.SearchUnavailableException;

/** Public Chinese full-text search of published service items, notices and bulletins. */
public class DisclosureSearch {

    public static final List<String> FIELDS = List.of(
            "name^3",
            "name.cjk^2",
            "title^3",
            "title.cjk^2",
            "code^3",
            "conditions",
            "conditions.cjk",
            "materials",
            "materials.cjk",
            "scope",
            "scope.cjk",
            "body",
            "body.cjk",
            "corrections",
            "corrections.cjk",
            "departmentNames",
            "departmentNames.cjk",
            "period");

    private final ElasticsearchClient client;
    private final String index;

    public DisclosureSearch(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public record Response(long total, int page, int size, List<DisclosureDocument> hits) {}

    public Response search(String q, DisclosureType type, int page, int size) {
        if (size < 1 || size > CaseSearch.MAX_PAGE_SIZE || page < 0 || ((long) page + 1) * size > 10_000) {
            throw new InvalidSearchException(
                    "size",
                    "size must be 1 to " + CaseSearch.MAX_PAGE_SIZE + ", page at least 0 and page*size below 10000");
        }
        var filters = new ArrayList<Query>();
        if (type != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("type").value(type.name()))));
        }
        var text = SearchText.match(q, FIELDS);
        var search = SearchRequest.of(s -> {
            s.index(index)
                    .from(page * size)
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(query -> query.bool(b -> {
                        b.filter(filters);
                        if (text != null) {
                            b.must(text);
                        }
                        return b;
                    }));
            if (text == null) {
                s.sort(o -> o.field(f -> f.field("lastChangedAt").order(SortOrder.Desc)));
            }
            return s;
        });
        try {
            var response = client.search(search, DisclosureDocument.class);
            return new Response(
                    response.hits().total().value(),
                    page,
                    size,
                    response.hits().hits().stream().map(Hit::source).toList());
        } catch (IOException e) {
            throw new SearchUnavailableException("disclosure search failed", e);
        }
    }
}
