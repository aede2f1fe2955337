package org.onetrip.projections.cases;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.FieldValue;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.aggregations.Aggregation;
import co.elastic.clients.elasticsearch._types.aggregations.StringTermsBucket;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.SearchRequest;
import co.elastic.clients.elasticsearch.core.search.HighlighterEncoder;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.function.UnaryOperator;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.projections.search.query.SearchText;
import org.onetrip.projections.support.SearchUnavailableException;

/** Full-text case search with filters, facets, paging and sorting, for staff and for the public. */
public class CaseSearch {

    public static final int MAX_PAGE_SIZE = 100;
    public static final int DUE_SOON_WORKING_DAYS = 2;
    /** The most rows one export writes: a year of a township's cases many times over. */
    public static final int MAX_EXPORT_ROWS = 50_000;

    private static final int EXPORT_PAGE = 500;
    /**
     * What {@link #hit} reads: a case document also carries its handling steps, flags and tallies, which a page of
     * hits would otherwise send and parse for nothing.
     */
    private static final List<String> HIT_FIELDS = List.of(
            "caseId",
            "title",
            "kind",
            "category",
            "channel",
            "status",
            "departmentCode",
            "filedAt",
            "dueDate",
            "answeredOnTime",
            "rating",
            "flagScore",
            "pendingExtension");

    /** The fields a staff search reads; the only analysed text of the staff index (AnalysedTextTest). */
    public static final List<String> STAFF_TEXT_FIELDS = List.of(
            "title^3",
            "title.cjk^2",
            "description",
            "description.cjk",
            "answer",
            "answer.cjk",
            "categoryNames^2",
            "categoryNames.cjk");
    /** The fields a public search reads; the only analysed text of the public index (AnalysedTextTest). */
    public static final List<String> PUBLIC_TEXT_FIELDS = List.of("title^3", "title.cjk^2", "answer", "answer.cjk");

    private static final List<String> STAFF_SOME_WORDS_FIELDS =
            List.of("title.cjk", "description.cjk", "answer.cjk", "categoryNames.cjk");
    /**
     * Half the bigrams typed (rounded down, at least one) must be found in one field, not all: cases with
     * every word rank first.
     */
    private static final String STAFF_MINIMUM_SHOULD_MATCH = "50%";

    private static final List<String> OPEN =
            List.of(CaseStatus.ASSIGNED.name(), CaseStatus.IN_PROGRESS.name(), CaseStatus.RETURNED.name());
    private static final List<String> PUBLISHED =
            CaseDocument.PUBLISHED.stream().map(Enum::name).toList();
    private static final List<String> PUBLISHED_KINDS = Arrays.stream(CaseKind.values())
            .filter(CaseKind::resultIsPublished)
            .map(Enum::name)
            .toList();
    private static final Map<String, String> STAFF_FACETS = Map.of(
            "status",
            "status",
            "department",
            "departmentCode",
            "kind",
            "kind",
            "category",
            "category",
            "channel",
            "channel");
    private static final Map<String, String> PUBLIC_FACETS =
            Map.of("department", "departmentCode", "kind", "kind", "category", "category");

    private final ElasticsearchClient client;
    private final String staffIndex;
    private final String publicIndex;
    private final UnaryOperator<LocalDate> lastDayDueSoon;
    private final Clock clock;

    /** {@code lastDayDueSoon(today)}: the last due date that counts as due soon rather than on time. */
    /** A case number as clerks type it: {@code R-} (or {@code R}) and the 12 symbols of {@link PublicResultId}. */
    private static final java.util.regex.Pattern CASE_NUMBER = java.util.regex.Pattern.compile("R-?[0-9A-Z]{12}");

    public CaseSearch(
            ElasticsearchClient client,
            String staffIndex,
            String publicIndex,
            UnaryOperator<LocalDate> lastDayDueSoon,
            Clock clock) {
        this.client = client;
        this.staffIndex = staffIndex;
        this.publicIndex = publicIndex;
        this.lastDayDueSoon = lastDayDueSoon;
        this.clock = clock;
    }

    public CaseSearchResponse search(CaseSearchRequest request) {
        checkPaging(request.page(), request.size());
        var today = today();
        var dueSoon = lastDayDueSoon.apply(today);
        var search = staffSearchRequest(staffIndex, request, today, dueSoon);
        try {
            var response = client.search(search, CaseDocument.class);
            var hits = new ArrayList<CaseSearchResponse.Hit>();
            for (Hit<CaseDocument> hit : response.hits().hits()) {
                hits.add(hit(hit.source(), highlights(hit.highlight()), today, dueSoon));
            }
            var facets = facetCounts(response.aggregations(), STAFF_FACETS);
            var deadline = new LinkedHashMap<String, Long>();
            response.aggregations()
                    .get("deadline")
                    .filters()
                    .buckets()
                    .keyed()
                    .forEach((key, bucket) -> deadline.put(key, bucket.docCount()));
            facets.put("deadline", deadline);
            return new CaseSearchResponse(
                    response.hits().total().value(), request.page(), request.size(), hits, facets);
        } catch (IOException e) {
            throw new SearchUnavailableException("case search failed", e);
        }
    }

    /**
     * The request {@link #search} sends for {@code request} on {@code today} (the load test sends the same one
     * straight to Elasticsearch to measure what the API adds).
     */
    public static SearchRequest staffSearchRequest(
            String index, CaseSearchRequest request, LocalDate today, LocalDate dueSoon) {
        var text = staffText(request.q());
        var query = staffQuery(request, text, today, dueSoon);
        var aggregations = facets(STAFF_FACETS);
        aggregations.put(
                "deadline",
                Aggregation.of(a -> a.filters(f -> f.filters(b -> b.keyed(Map.of(
                        DeadlineStatus.OVERDUE.name(), deadlineQuery(DeadlineStatus.OVERDUE, today, dueSoon),
                        DeadlineStatus.DUE_SOON.name(), deadlineQuery(DeadlineStatus.DUE_SOON, today, dueSoon),
                        DeadlineStatus.ON_TIME.name(), deadlineQuery(DeadlineStatus.ON_TIME, today, dueSoon)))))));
        return SearchRequest.of(s -> {
            s.index(index)
                    .from(request.page() * request.size())
                    .size(request.size())
                    .trackTotalHits(t -> t.enabled(true))
                    .query(query)
                    .aggregations(aggregations)
                    .source(src -> src.filter(f -> f.includes(HIT_FIELDS)));
            if (text != null) {
                s.highlight(h -> h.encoder(HighlighterEncoder.Html)
                        .preTags("<mark>")
                        .postTags("</mark>")
                        .numberOfFragments(2)
                        .fragmentSize(60)
                        .requireFieldMatch(false)
                        .fields("description", f -> f)
                        .fields("description.cjk", f -> f));
            }
            sort(
                    s,
                    request.sort() == null
                            ? (text == null ? CaseSearchRequest.CaseSort.NEWEST : CaseSearchRequest.CaseSort.RELEVANCE)
                            : request.sort());
            return s;
        });
    }

    /**
     * The answer to a search for a receipt code: the one case {@code caseId} names (resolved by a
     * {@link ReceiptCodeLookup}, which checked the reader's access), or none; no facets, and the code itself is
     * in no hit.
     */
    public CaseSearchResponse oneCase(Optional<String> caseId, CaseSearchRequest request) {
        var hits = caseId.flatMap(this::find).stream().toList();
        return new CaseSearchResponse(hits.size(), 0, request.size(), hits, Map.of());
    }

    /** One case as a search hit, by its id (a screen opened on a case from a link); empty when not indexed yet. */
    public Optional<CaseSearchResponse.Hit> find(String caseId) {
        if (caseId == null || caseId.isBlank()) {
            return Optional.empty();
        }
        try {
            var found = client.get(g -> g.index(staffIndex).id(caseId), CaseDocument.class);
            if (!found.found()) {
                return Optional.empty();
            }
            var today = today();
            return Optional.of(hit(found.source(), List.of(), today, lastDayDueSoon.apply(today)));
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read case " + caseId, e);
        }
    }

    /**
     * The id of the case with this case number ({@code R-} and 12 symbols, as the desk's lists show it; a one-way
     * digest of the id, so only the index can answer); empty when it is no case number or no indexed case has it.
     */
    public Optional<String> caseIdOfNumber(String typed) {
        var number = caseNumber(typed);
        if (number.isEmpty()) {
            return Optional.empty();
        }
        var normalised = number.get();
        try {
            var found = client.search(
                    s -> s.index(staffIndex)
                            .size(1)
                            .source(src -> src.filter(f -> f.includes("caseId")))
                            .query(q -> q.term(t -> t.field("caseNumber").value(normalised))),
                    CaseDocument.class);
            return found.hits().hits().stream()
                    .map(h -> h.source() == null ? h.id() : h.source().caseId)
                    .findFirst();
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot look up case number " + normalised, e);
        }
    }

    private CaseSearchResponse.Hit hit(CaseDocument doc, List<String> highlights, LocalDate today, LocalDate dueSoon) {
        return new CaseSearchResponse.Hit(
                doc.caseId,
                PublicResultId.of(doc.caseId),
                doc.title,
                doc.kind,
                doc.category,
                doc.channel,
                doc.status,
                doc.departmentCode,
                doc.filedAt,
                doc.dueDate,
                deadlineStatus(doc, today, dueSoon),
                doc.rating,
                doc.flagScore,
                doc.pendingExtension,
                highlights);
    }

    /**
     * Every case the search finds (its page and size ignored), newest first, as rows for a spreadsheet:
     * no receipt code, no contact, no id: nothing that opens a case to whoever holds the file.
     */
    public void export(CaseSearchRequest request, Consumer<CaseExportRow> row) {
        var today = today();
        var dueSoon = lastDayDueSoon.apply(today);
        var query = staffQuery(request, staffText(request.q()), today, dueSoon);
        List<FieldValue> after = null;
        long written = 0;
        try {
            while (written < MAX_EXPORT_ROWS) {
                var searchAfter = after;
                var response = client.search(
                        s -> {
                            s.index(staffIndex)
                                    .size(EXPORT_PAGE)
                                    .query(query)
                                    .sort(o -> o.field(f -> f.field("filedAt").order(SortOrder.Desc)))
                                    .sort(o -> o.field(f -> f.field("caseId").order(SortOrder.Asc)));
                            if (searchAfter != null) {
                                s.searchAfter(searchAfter);
                            }
                            return s;
                        },
                        CaseDocument.class);
                var hits = response.hits().hits();
                for (var hit : hits) {
                    var doc = hit.source();
                    row.accept(new CaseExportRow(
                            doc.title,
                            doc.kind,
                            doc.category,
                            doc.channel,
                            doc.status,
                            doc.departmentCode,
                            doc.filedAt,
                            doc.dueDate,
                            deadlineStatus(doc, today, dueSoon),
                            doc.rating,
                            doc.flagScore));
                    written++;
                }
                if (hits.size() < EXPORT_PAGE) {
                    return;
                }
                after = hits.get(hits.size() - 1).sort();
            }
        } catch (IOException e) {
            throw new SearchUnavailableException("case export failed", e);
        }
    }

    /** A case number as clerks type it, spelled as the index holds it. */
    private static Optional<String> caseNumber(String typed) {
        var upper = typed == null ? null : typed.strip().toUpperCase(java.util.Locale.ROOT);
        if (upper == null || !CASE_NUMBER.matcher(upper).matches()) {
            return Optional.empty();
        }
        return Optional.of("R-" + upper.substring(upper.length() - 12));
    }

    private static Query staffText(String typed) {
        var caseNumber = caseNumber(typed);
        if (caseNumber.isPresent()) {
            return Query.of(q -> q.term(t -> t.field("caseNumber").value(caseNumber.get())));
        }
        return SearchText.matchSome(typed, STAFF_TEXT_FIELDS, STAFF_SOME_WORDS_FIELDS, STAFF_MINIMUM_SHOULD_MATCH);
    }

    private static Query staffQuery(CaseSearchRequest request, Query text, LocalDate today, LocalDate dueSoon) {
        var filters = new ArrayList<Query>();
        terms(filters, "status", request.status());
        terms(filters, "departmentCode", request.department());
        terms(filters, "kind", request.kind());
        terms(filters, "category", request.category());
        terms(filters, "channel", request.channel());
        if (request.flaggedOnly()) {
            filters.add(Query.of(
                    q -> q.range(r -> r.number(n -> n.field("flagScore").gt(0.0)))));
        }
        if (request.extensionPending()) {
            filters.add(Query.of(q -> q.exists(e -> e.field("pendingExtension.workingDays"))));
        }
        if (request.deadline() != null) {
            filters.add(deadlineQuery(request.deadline(), today, dueSoon));
        }
        if (request.filedFrom() != null || request.filedTo() != null) {
            if (request.filedFrom() != null
                    && request.filedTo() != null
                    && request.filedTo().isBefore(request.filedFrom())) {
                throw new InvalidSearchException("filedTo", "the end of the filing period is before its start");
            }
            filters.add(Query.of(q -> q.range(r -> r.date(d -> {
                d.field("filedAt");
                if (request.filedFrom() != null) {
                    d.gte(request.filedFrom()
                            .atStartOfDay(WorkingDayCalendar.ZONE)
                            .toInstant()
                            .toString());
                }
                if (request.filedTo() != null) {
                    d.lt(request.filedTo()
                            .plusDays(1)
                            .atStartOfDay(WorkingDayCalendar.ZONE)
                            .toInstant()
                            .toString());
                }
                return d;
            }))));
        }
        return Query.of(q -> q.bool(b -> {
            b.filter(filters);
            if (text != null) {
                b.must(text);
            }
            return b;
        }));
    }

    /**
     * The matched passages of the complaint text (the title is shown whole anyway), each passage once: the
     * smartcn and bigram fields often mark the same passage differently.
     */
    private static List<String> highlights(Map<String, List<String>> highlight) {
        if (highlight == null || highlight.isEmpty()) {
            return List.of();
        }
        var byText = new LinkedHashMap<String, String>();
        for (var field : List.of("description.cjk", "description")) {
            for (var passage : highlight.getOrDefault(field, List.of())) {
                byText.putIfAbsent(passage.replace("<mark>", "").replace("</mark>", ""), passage);
            }
        }
        return byText.values().stream().limit(2).toList();
    }

    /**
     * Cases whose transfer proposal waits for the intake desk, the longest-waiting first; only proposals
     * from {@code fromDepartment} when given (a handler sees its own department's).
     */
    public TransferProposalsResponse pendingTransfers(List<String> fromDepartment, int page, int size) {
        checkPaging(page, size);
        var today = today();
        var dueSoon = lastDayDueSoon.apply(today);
        var filters = new ArrayList<Query>();
        filters.add(Query.of(q -> q.exists(e -> e.field("pendingTransfer.toDepartmentCode"))));
        terms(filters, "pendingTransfer.fromDepartmentCode", fromDepartment);
        try {
            var response = client.search(
                    s -> s.index(staffIndex)
                            .from(page * size)
                            .size(size)
                            .trackTotalHits(t -> t.enabled(true))
                            .query(q -> q.bool(b -> b.filter(filters)))
                            .sort(o -> o.field(
                                    f -> f.field("pendingTransfer.proposedAt").order(SortOrder.Asc)))
                            .sort(o -> o.field(f -> f.field("caseId").order(SortOrder.Asc))),
                    CaseDocument.class);
            var proposals = new ArrayList<TransferProposalsResponse.Proposal>();
            for (Hit<CaseDocument> hit : response.hits().hits()) {
                var doc = hit.source();
                proposals.add(new TransferProposalsResponse.Proposal(
                        doc.caseId,
                        PublicResultId.of(doc.caseId),
                        doc.title,
                        doc.status,
                        doc.dueDate,
                        deadlineStatus(doc, today, dueSoon),
                        doc.pendingTransfer));
            }
            return new TransferProposalsResponse(response.hits().total().value(), page, size, proposals);
        } catch (IOException e) {
            throw new SearchUnavailableException("search of transfer proposals failed", e);
        }
    }

    /** Published handling results only: answered, rated or closed cases not withheld, without personal data. */
    public PublicSearchResponse searchPublished(String q, List<String> department, int page, int size) {
        checkPaging(page, size);
        var filters = new ArrayList<Query>();
        terms(filters, "status", PUBLISHED);
        // the index holds no other kind and masked texts; read that way too, for an index an older release built
        // that serves searches until its rebuild is done
        terms(filters, "kind", PUBLISHED_KINDS);
        terms(filters, "departmentCode", department);
        var text = SearchText.match(q, PUBLIC_TEXT_FIELDS);
        var search = SearchRequest.of(s -> {
            s.index(publicIndex)
                    .from(page * size)
                    .size(size)
                    .trackTotalHits(t -> t.enabled(true))
                    .query(query -> query.bool(b -> {
                        b.filter(filters);
                        b.mustNot(withheld ->
                                withheld.term(t -> t.field("withheld").value(true)));
                        if (text != null) {
                            b.must(text);
                        }
                        return b;
                    }))
                    .aggregations(facets(PUBLIC_FACETS));
            if (text == null) {
                s.sort(o -> o.field(f -> f.field("answeredAt").order(SortOrder.Desc)));
            }
            return s;
        });
        try {
            var response = client.search(search, PublicCaseDocument.class);
            var hits = response.hits().hits().stream()
                    .map(Hit::source)
                    .map(PublicCaseDocument::masked)
                    .toList();
            return new PublicSearchResponse(
                    response.hits().total().value(),
                    page,
                    size,
                    hits,
                    facetCounts(response.aggregations(), PUBLIC_FACETS));
        } catch (IOException e) {
            throw new SearchUnavailableException("search of published results failed", e);
        }
    }

    public DeadlineStatus deadlineStatus(CaseDocument doc, LocalDate today, LocalDate dueSoon) {
        if (doc.answeredOnTime != null && !OPEN.contains(String.valueOf(doc.status))) {
            return doc.answeredOnTime ? DeadlineStatus.ON_TIME : DeadlineStatus.OVERDUE;
        }
        if (doc.dueDate == null || !OPEN.contains(String.valueOf(doc.status))) {
            return DeadlineStatus.NO_DEADLINE;
        }
        if (doc.dueDate.isBefore(today)) {
            return DeadlineStatus.OVERDUE;
        }
        return doc.dueDate.isAfter(dueSoon) ? DeadlineStatus.ON_TIME : DeadlineStatus.DUE_SOON;
    }

    private static Query deadlineQuery(DeadlineStatus status, LocalDate today, LocalDate dueSoon) {
        var open = Query.of(q -> q.terms(t -> t.field("status").terms(v -> v.value(values(OPEN)))));
        return switch (status) {
            case OVERDUE ->
                Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                        .should(Query.of(s -> s.bool(o -> o.filter(open)
                                .filter(Query.of(r -> r.range(
                                        d -> d.date(x -> x.field("dueDate").lt(today.toString()))))))))
                        .should(Query.of(s -> s.bool(o -> o.mustNot(open)
                                .filter(Query.of(t ->
                                        t.term(x -> x.field("answeredOnTime").value(false)))))))));
            case DUE_SOON ->
                Query.of(q -> q.bool(b -> b.filter(open)
                        .filter(Query.of(r -> r.range(d -> d.date(
                                x -> x.field("dueDate").gte(today.toString()).lte(dueSoon.toString())))))));
            case ON_TIME ->
                Query.of(q -> q.bool(b -> b.minimumShouldMatch("1")
                        .should(Query.of(s -> s.bool(o -> o.filter(open)
                                .filter(Query.of(r -> r.range(
                                        d -> d.date(x -> x.field("dueDate").gt(dueSoon.toString()))))))))
                        .should(Query.of(s -> s.bool(o -> o.mustNot(open)
                                .filter(Query.of(t ->
                                        t.term(x -> x.field("answeredOnTime").value(true)))))))));
            case NO_DEADLINE -> Query.of(q -> q.bool(b -> b.mustNot(Query.of(e -> e.exists(x -> x.field("dueDate"))))));
        };
    }

    private static void sort(SearchRequest.Builder search, CaseSearchRequest.CaseSort sort) {
        switch (sort) {
            case NEWEST -> search.sort(o -> o.field(f -> f.field("filedAt").order(SortOrder.Desc)));
            case OLDEST -> search.sort(o -> o.field(f -> f.field("filedAt").order(SortOrder.Asc)));
            case DUE_FIRST ->
                search.sort(o ->
                        o.field(f -> f.field("dueDate").order(SortOrder.Asc).missing("_last")));
            case MOST_FLAGGED ->
                search.sort(o -> o.field(f -> f.field("flagScore").order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("filedAt").order(SortOrder.Desc)));
            case RELEVANCE ->
                search.sort(o -> o.score(s -> s.order(SortOrder.Desc)))
                        .sort(o -> o.field(f -> f.field("filedAt").order(SortOrder.Desc)));
        }
    }

    private static Map<String, Aggregation> facets(Map<String, String> fields) {
        var aggregations = new LinkedHashMap<String, Aggregation>();
        fields.forEach((name, field) -> aggregations.put(
                name, Aggregation.of(a -> a.terms(t -> t.field(field).size(50)))));
        return aggregations;
    }

    private static Map<String, Map<String, Long>> facetCounts(
            Map<String, co.elastic.clients.elasticsearch._types.aggregations.Aggregate> aggregates,
            Map<String, String> fields) {
        var facets = new LinkedHashMap<String, Map<String, Long>>();
        for (var name : fields.keySet()) {
            var counts = new LinkedHashMap<String, Long>();
            for (StringTermsBucket bucket :
                    aggregates.get(name).sterms().buckets().array()) {
                counts.put(bucket.key().stringValue(), bucket.docCount());
            }
            facets.put(name, counts);
        }
        return facets;
    }

    private static void terms(List<Query> filters, String field, List<?> values) {
        if (values != null && !values.isEmpty()) {
            var fieldValues =
                    values.stream().map(v -> FieldValue.of(String.valueOf(v))).toList();
            filters.add(Query.of(q -> q.terms(t -> t.field(field).terms(v -> v.value(fieldValues)))));
        }
    }

    private static List<FieldValue> values(List<String> strings) {
        return strings.stream().map(FieldValue::of).toList();
    }

    private static void checkPaging(int page, int size) {
        if (size < 1 || size > MAX_PAGE_SIZE) {
            throw new InvalidSearchException("size", "size must be between 1 and " + MAX_PAGE_SIZE);
        }
        if (page < 0 || ((long) page + 1) * size > 10_000) {
            throw new InvalidSearchException("page", "page must be between 0 and " + (10_000 / size - 1));
        }
    }

    LocalDate today() {
        return clock.instant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }
}
