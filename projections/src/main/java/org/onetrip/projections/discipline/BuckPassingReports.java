package org.onetrip.projections.discipline;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregate;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.io.IOException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.projections.buckpassing.BuckPassingDetector;
import org.onetrip.projections.buckpassing.BuckPassingProperties;
import org.onetrip.projections.buckpassing.DepartmentTally;
import org.onetrip.projections.cases.CaseDocument;
import org.onetrip.projections.cases.CaseDocuments;
import org.onetrip.projections.support.SearchUnavailableException;

/**
 * The buck-passing report and the department summaries from the staff case index without reading every case: the
 * report reads only the cases that can carry a flag on the given day and the complaints about service items with
 * recurring trips, and hands them to {@link BuckPassingAnalysis}, which gives the same report as over all cases;
 * the summaries are sums Elasticsearch computes over the tallies each case document stores
 * ({@link DepartmentTally}), plus the cases overdue on the day.
 */
public class BuckPassingReports {

    /** More departments, or service items, than any township has: the buckets are never cut off. */
    private static final int MAX_BUCKETS = 10_000;

    private static final String TALLIES = "departmentTallies";
    private static final List<String> COUNTERS = List.of(
            "cases",
            "returns",
            "transfersOut",
            "pingPongs",
            "answeredLate",
            "signings",
            "workingDaysToSign",
            "answers",
            "reopenings",
            "ratings",
            "dissatisfied",
            "flagScore");

    private final ElasticsearchClient client;
    private final String index;
    private final CaseDocuments documents;
    private final BuckPassingAnalysis analysis;
    private final BuckPassingDetector detector;
    private final BuckPassingProperties thresholds;

    public BuckPassingReports(
            ElasticsearchClient client,
            String index,
            BuckPassingAnalysis analysis,
            BuckPassingDetector detector,
            BuckPassingProperties thresholds) {
        this.client = client;
        this.index = index;
        this.documents = new CaseDocuments(client, index);
        this.analysis = analysis;
        this.detector = detector;
        this.thresholds = thresholds;
    }

    public BuckPassingReport report(LocalDate today, String department, int limit) {
        var candidates = new ArrayList<Query>();
        candidates.add(Query.of(q -> q.exists(e -> e.field("flags.rule"))));
        candidates.add(Query.of(q -> q.bool(b -> b.filter(
                        f -> f.term(t -> t.field("heldUnsigned").value(true)))
                .filter(f -> f.range(r -> r.date(d -> d.field("heldSince")
                        .lte(detector.unsignedCandidatesReceivedBy(today).toString())))))));
        candidates.add(Query.of(q -> q.bool(b -> b.filter(f -> f.exists(e -> e.field("heldBy")))
                .filter(f -> f.range(r -> r.date(d -> d.field("heldDueDate").lt(today.toString())))))));
        var items = recurringTripItems();
        if (!items.isEmpty()) {
            candidates.add(Query.of(q -> q.bool(b -> b.filter(tripComplaints())
                    .filter(f -> f.terms(t -> t.field("serviceItemCode").terms(v -> v.value(items)))))));
        }
        var found = new ArrayList<CaseDocument>();
        documents.forEach(Query.of(q -> q.bool(b -> b.should(candidates).minimumShouldMatch("1"))), found::add);
        return analysis.report(found, today, department, limit);
    }

    /** Every department's record over all cases. */
    public List<DepartmentSummary> departments(LocalDate today) {
        return departments(Query.of(q -> q.matchAll(m -> m)), today);
    }

    /** Every department's record over the cases filed in {@code month} (Beijing time). */
    public List<DepartmentSummary> departmentsFiledIn(YearMonth month, LocalDate today) {
        var from = month.atDay(1).atStartOfDay(WorkingDayCalendar.ZONE).toInstant();
        var until = month.plusMonths(1)
                .atDay(1)
                .atStartOfDay(WorkingDayCalendar.ZONE)
                .toInstant();
        return departments(
                Query.of(q -> q.range(
                        r -> r.date(d -> d.field("filedAt").gte(from.toString()).lt(until.toString())))),
                today);
    }

    private List<DepartmentSummary> departments(Query cases, LocalDate today) {
        var sums = new LinkedHashMap<String, Aggregation>();
        COUNTERS.forEach(counter ->
                sums.put(counter, Aggregation.of(a -> a.sum(s -> s.field(TALLIES + "." + counter)))));
        var overdue = Query.of(q -> q.bool(b -> b.filter(f -> f.exists(e -> e.field("heldBy")))
                .filter(f -> f.range(r -> r.date(d -> d.field("heldDueDate").lt(today.toString()))))));
        try {
            var response = client.search(
                    s -> s.index(index)
                            .size(0)
                            .query(cases)
                            .aggregations(
                                    "tallies",
                                    a -> a.nested(n -> n.path(TALLIES))
                                            .aggregations(
                                                    "units",
                                                    u -> u.terms(t -> t.field(TALLIES + ".department")
                                                                    .size(MAX_BUCKETS))
                                                            .aggregations(sums)))
                            .aggregations(
                                    "overdue",
                                    a -> a.filter(overdue)
                                            .aggregations(
                                                    "units",
                                                    u -> u.terms(t ->
                                                            t.field("heldBy").size(MAX_BUCKETS)))),
                    Void.class);
            var tallies = new TreeMap<String, DepartmentTally>();
            for (var bucket :
                    units(response.aggregations().get("tallies").nested().aggregations())) {
                var unit = bucket.key().stringValue();
                var value = bucket.aggregations();
                tallies.put(
                        unit,
                        new DepartmentTally(
                                unit,
                                sum(value, "cases"),
                                sum(value, "returns"),
                                sum(value, "transfersOut"),
                                sum(value, "pingPongs"),
                                sum(value, "answeredLate"),
                                sum(value, "signings"),
                                (long) value.get("workingDaysToSign").sum().value(),
                                sum(value, "answers"),
                                sum(value, "reopenings"),
                                sum(value, "ratings"),
                                sum(value, "dissatisfied"),
                                sum(value, "flagScore")));
            }
            var overdueNow = new TreeMap<String, Integer>();
            for (var bucket :
                    units(response.aggregations().get("overdue").filter().aggregations())) {
                overdueNow.put(bucket.key().stringValue(), (int) bucket.docCount());
            }
            return BuckPassingAnalysis.summaries(tallies, overdueNow);
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot sum up the departments' records", e);
        }
    }

    private List<FieldValue> recurringTripItems() {
        try {
            var response = client.search(
                    s -> s.index(index)
                            .size(0)
                            .query(tripComplaints())
                            .aggregations(
                                    "items",
                                    a -> a.terms(t -> t.field("serviceItemCode")
                                            .size(MAX_BUCKETS)
                                            .minDocCount(thresholds.recurringTripThreshold()))),
                    Void.class);
            return response.aggregations().get("items").sterms().buckets().array().stream()
                    .map(bucket -> FieldValue.of(bucket.key().stringValue()))
                    .toList();
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot find the service items with recurring trips", e);
        }
    }

    private static Query tripComplaints() {
        return Query.of(q -> q.term(t -> t.field("category").value(CaseCategory.MORE_THAN_ONE_TRIP.name())));
    }

    private static List<StringTermsBucket> units(Map<String, Aggregate> aggregations) {
        return aggregations.get("units").sterms().buckets().array();
    }

    private static int sum(Map<String, Aggregate> aggregations, String counter) {
        return (int) aggregations.get(counter).sum().value();
    }
}
