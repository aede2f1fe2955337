package org.onetrip.projections.cases;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.Rating;
import org.onetrip.projections.support.SearchUnavailableException;

/**
 * How far a case has come, as its search document says: for features that link to cases (grid visits,
 * enterprise requests) and show their progress without folding the case lifecycle a second time. No
 * receipt code, no description, no contact: only what the public tracking page shows too.
 */
public record CaseProgress(
        String caseId,
        String title,
        CaseStatus status,
        String departmentCode,
        LocalDate dueDate,
        Instant filedAt,
        Instant answeredAt,
        Instant closedAt,
        String answer,
        Rating rating,
        Boolean answeredOnTime) {

    static CaseProgress of(CaseDocument doc) {
        return new CaseProgress(
                doc.caseId,
                doc.title,
                doc.status,
                doc.departmentCode,
                doc.dueDate,
                doc.filedAt,
                doc.answeredAt,
                doc.closedAt,
                doc.answer,
                doc.rating,
                doc.answeredOnTime);
    }

    /** Open: not yet answered, nor declined, merged or closed. */
    public boolean open() {
        return status != null && !status.isFinal() && status != CaseStatus.ANSWERED && status != CaseStatus.RATED;
    }

    public boolean overdueOn(LocalDate today) {
        return open() && dueDate != null && dueDate.isBefore(today);
    }

    /** Reads the progress of many cases at once from the staff case index. */
    public static final class Lookup {

        private static final int CHUNK = 1000;

        private final ElasticsearchClient client;
        private final String index;

        public Lookup(ElasticsearchClient client, String index) {
            this.client = client;
            this.index = index;
        }

        public Map<String, CaseProgress> of(Collection<String> caseIds) {
            var found = new HashMap<String, CaseProgress>();
            var ids = caseIds.stream().distinct().toList();
            for (int from = 0; from < ids.size(); from += CHUNK) {
                var chunk = ids.subList(from, Math.min(ids.size(), from + CHUNK));
                List<FieldValue> values = chunk.stream().map(FieldValue::of).toList();
                try {
                    var response = client.search(
                            s -> s.index(index)
                                    .size(chunk.size())
                                    .query(q -> q.terms(t -> t.field("caseId").terms(v -> v.value(values)))),
                            CaseDocument.class);
                    response.hits()
                            .hits()
                            .forEach(hit -> found.put(hit.source().caseId, CaseProgress.of(hit.source())));
                } catch (IOException e) {
                    throw new SearchUnavailableException("cannot read the progress of linked cases", e);
                }
            }
            return found;
        }
    }
}
