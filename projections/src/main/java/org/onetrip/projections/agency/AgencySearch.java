package org.onetrip.projections.agency;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.UnaryOperator;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.projections.cases.DeadlineStatus;
import org.onetrip.projections.support.SearchUnavailableException;

/**
 * The centre's list of agency requests, open ones first by due date, each flagged against its deadline
 * the way cases are (on time, due within two working days, overdue); the flag is computed for today.
 */
public class AgencySearch {

    static final int MAX_RESULTS = 500;

    private final ElasticsearchClient client;
    private final String index;
    private final UnaryOperator<LocalDate> dueSoonLimit;
    private final Clock clock;

    public AgencySearch(ElasticsearchClient client, String index, UnaryOperator<LocalDate> dueSoonLimit, Clock clock) {
        this.client = client;
        this.index = index;
        this.dueSoonLimit = dueSoonLimit;
        this.clock = clock;
    }

    /** {@code department} narrows to the item's department or the agent's; null for all. */
    public record Filter(boolean openOnly, boolean overdueOnly, String department, String agentPersonId) {}

    public record Entry(AgencyDocument request, DeadlineStatus deadline) {}

    public List<Entry> list(Filter filter) {
        var filters = new ArrayList<Query>();
        if (filter.openOnly() || filter.overdueOnly()) {
            filters.add(Query.of(q -> q.term(t -> t.field("open").value(FieldValue.of(true)))));
        }
        if (filter.overdueOnly()) {
            var today = today();
            filters.add(Query.of(q ->
                    q.range(r -> r.date(d -> d.field("dueDate").lt(today.toString())))));
        }
        if (filter.department() != null && !filter.department().isBlank()) {
            var department = FieldValue.of(filter.department());
            filters.add(Query.of(q -> q.bool(b -> b.should(
                            s -> s.term(t -> t.field("departmentCode").value(department)))
                    .should(s -> s.term(t -> t.field("agentDepartmentCode").value(department)))
                    .should(s -> s.term(t -> t.field("villageCode").value(department)))
                    .minimumShouldMatch("1"))));
        }
        if (filter.agentPersonId() != null) {
            filters.add(Query.of(
                    q -> q.term(t -> t.field("agentPersonId").value(FieldValue.of(filter.agentPersonId())))));
        }
        try {
            var response = client.search(
                    s -> s.index(index)
                            .size(MAX_RESULTS)
                            .query(q -> q.bool(b -> b.filter(filters)))
                            .sort(o -> o.field(f -> f.field("open").order(SortOrder.Desc)))
                            .sort(o -> o.field(f -> f.field("dueDate").order(SortOrder.Asc))),
                    AgencyDocument.class);
            var today = today();
            var soon = dueSoonLimit.apply(today);
            return response.hits().hits().stream()
                    .map(Hit::source)
                    .filter(Objects::nonNull)
                    .map(doc -> new Entry(doc, deadline(doc, today, soon)))
                    .toList();
        } catch (IOException e) {
            throw new SearchUnavailableException("agency search failed", e);
        }
    }

    static DeadlineStatus deadline(AgencyDocument doc, LocalDate today, LocalDate soon) {
        if (doc.dueDate == null) {
            return DeadlineStatus.NO_DEADLINE;
        }
        if (!doc.open) {
            return Boolean.FALSE.equals(doc.onTime) ? DeadlineStatus.OVERDUE : DeadlineStatus.ON_TIME;
        }
        if (doc.dueDate.isBefore(today)) {
            return DeadlineStatus.OVERDUE;
        }
        return doc.dueDate.isAfter(soon) ? DeadlineStatus.ON_TIME : DeadlineStatus.DUE_SOON;
    }

    private LocalDate today() {
        return LocalDate.now(clock.withZone(WorkingDayCalendar.ZONE));
    }
}
