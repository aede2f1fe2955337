package org.onetrip.projections.cases;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.util.List;
import java.util.function.Consumer;
import org.onetrip.projections.support.SearchUnavailableException;

/** Reads every case document matching a query, page by page in case-id order (search_after). */
public class CaseDocuments {

    private static final int PAGE = 1000;

    private final ElasticsearchClient client;
    private final String index;

    public CaseDocuments(ElasticsearchClient client, String index) {
        this.client = client;
        this.index = index;
    }

    public void forEach(Query query, Consumer<CaseDocument> consumer) {
        List<FieldValue> after = null;
        try {
            while (true) {
                var searchAfter = after;
                var response = client.search(
                        s -> {
                            s.index(index)
                                    .size(PAGE)
                                    .query(query)
                                    .sort(o -> o.field(f -> f.field("caseId").order(SortOrder.Asc)));
                            if (searchAfter != null) {
                                s.searchAfter(searchAfter);
                            }
                            return s;
                        },
                        CaseDocument.class);
                var hits = response.hits().hits();
                hits.forEach(hit -> consumer.accept(hit.source()));
                if (hits.size() < PAGE) {
                    return;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read case documents", e);
        }
    }

    public CaseDocument get(String caseId) {
        try {
            var found = client.get(g -> g.index(index).id(caseId), CaseDocument.class);
            return found.found() ? found.source() : null;
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read case " + caseId, e);
        }
    }
}
