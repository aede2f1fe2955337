package org.onetrip.projections.liaison;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.elasticsearch._types.SortOrder;
import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import co.elastic.clients.elasticsearch.core.search.Hit;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Optional;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.enterprise.api.AccessCodes;
import org.onetrip.enterprise.api.EnterpriseIssueType;
import org.onetrip.projections.cases.CaseProgress;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.projections.search.query.SearchText;
import org.onetrip.projections.support.SearchUnavailableException;

/**
 * The enterprise register, the work ledgers, the requests grouped by type (分类集中解决) and what an
 * enterprise may see of its own requests with its access code.
 */
public class EnterpriseSearch {

    static final int ALL = 10_000;
    public static final List<String> NAME_FIELDS = List.of("name^2", "name.cjk");

    private final ElasticsearchClient client;
    private final String enterprises;
    private final String visits;
    private final CaseProgress.Lookup cases;
    private final CurrentCodes currentCodes;

    public EnterpriseSearch(
            ElasticsearchClient client,
            String enterprises,
            String visits,
            CaseProgress.Lookup cases,
            CurrentCodes currentCodes) {
        this.client = client;
        this.enterprises = enterprises;
        this.visits = visits;
        this.cases = cases;
        this.currentCodes = currentCodes;
    }

    /** Whether a code is the enterprise's current one, by a source that knows at once when a code is replaced. */
    @FunctionalInterface
    public interface CurrentCodes {
        boolean isCurrent(String enterpriseId, ReceiptCode code);
    }

    public record LedgerEntryView(EnterpriseVisitDocument visit, List<IssueView> issues) {}

    public record IssueView(EnterpriseVisitDocument.Issue issue, CaseProgress progress) {}

    public record LedgerPage(long total, int page, int size, List<LedgerEntryView> entries) {}

    /** One enterprise request: which enterprise raised it on which visit, and how far its case has come. */
    public record Request(
            String enterpriseId,
            String enterpriseName,
            String visitId,
            LocalDate visitedOn,
            int issueNumber,
            EnterpriseIssueType type,
            String summary,
            String caseId,
            CaseProgress progress) {}

    /** The requests of one type: how many, how many still open or overdue, and the list, oldest open first. */
    public record TypeGroup(
            EnterpriseIssueType type, int raised, int open, int overdue, int enterprises, List<Request> requests) {}

    public record RequestsByType(YearMonth from, YearMonth to, List<TypeGroup> types) {}

    /** Enterprises registered by the end of the month, and which of them had a ledger visit in it. */
    public record MonthlyCoverage(YearMonth month, int registered, int visited, List<EnterpriseView> notVisited) {}

    /** What an enterprise sees with its code: its name and its requests, no staff, no internal notes. */
    public record OwnRequests(String enterpriseName, List<OwnRequest> requests) {}

    public record OwnRequest(
            EnterpriseIssueType type,
            String summary,
            LocalDate raisedOn,
            CaseStatus status,
            String departmentCode,
            LocalDate dueDate,
            Instant answeredAt,
            String answer) {}

    public List<EnterpriseView> enterprises(String q, String liaisonPersonId) {
        var filters = new ArrayList<Query>();
        if (liaisonPersonId != null) {
            filters.add(Query.of(f -> f.term(t -> t.field("liaisonPersonId").value(liaisonPersonId))));
        }
        var text = SearchText.match(q, NAME_FIELDS);
        var query = Query.of(b -> b.bool(bool -> {
            bool.filter(filters);
            if (text != null) {
                bool.must(text);
            }
            return bool;
        }));
        try {
            return client
                    .search(
                            s -> s.index(enterprises)
                                    .size(ALL)
                                    .query(query)
                                    .sort(o -> o.field(f -> f.field("name.sort").order(SortOrder.Asc))),
                            EnterpriseDocument.class)
                    .hits()
                    .hits()
                    .stream()
                    .map(Hit::source)
                    .map(EnterpriseView::of)
                    .toList();
        } catch (IOException e) {
            throw new SearchUnavailableException("enterprise search failed", e);
        }
    }

    public Optional<EnterpriseView> enterprise(String enterpriseId) {
        return document(enterpriseId).map(EnterpriseView::of);
    }

    /**
     * The enterprise whose current code this is; a replaced code finds nothing, even while the index still holds it.
     */
    public Optional<EnterpriseView> byAccessCode(ReceiptCode code) {
        var hash = AccessCodes.hash(code);
        try {
            return client
                    .search(
                            s -> s.index(enterprises)
                                    .size(1)
                                    .query(q -> q.term(
                                            t -> t.field("accessCodeHash").value(hash))),
                            EnterpriseDocument.class)
                    .hits()
                    .hits()
                    .stream()
                    .map(Hit::source)
                    .filter(document -> currentCodes.isCurrent(document.enterpriseId, code))
                    .map(EnterpriseView::of)
                    .findFirst();
        } catch (IOException e) {
            throw new SearchUnavailableException("enterprise lookup failed", e);
        }
    }

    public LedgerPage ledger(String enterpriseId, String liaisonPersonId, YearMonth month, int page, int size) {
        if (size < 1 || size > 200 || page < 0 || (long) (page + 1) * size > ALL) {
            throw new InvalidSearchException("size", "size must be 1 to 200, page at least 0");
        }
        var filters = new ArrayList<Query>();
        if (enterpriseId != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("enterpriseId").value(enterpriseId))));
        }
        if (liaisonPersonId != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("liaisonPersonId").value(liaisonPersonId))));
        }
        if (month != null) {
            filters.add(Query.of(q -> q.term(t -> t.field("month").value(month.toString()))));
        }
        try {
            var response = client.search(
                    s -> s.index(visits)
                            .from(page * size)
                            .size(size)
                            .trackTotalHits(t -> t.enabled(true))
                            .query(q -> q.bool(b -> b.filter(filters)))
                            .sort(o -> o.field(f -> f.field("visitedOn").order(SortOrder.Desc)))
                            .sort(o -> o.field(f -> f.field("loggedAt").order(SortOrder.Desc))),
                    EnterpriseVisitDocument.class);
            var docs = response.hits().hits().stream().map(Hit::source).toList();
            var progress =
                    cases.of(docs.stream().flatMap(d -> d.caseIds.stream()).toList());
            var entries = docs.stream()
                    .map(doc -> new LedgerEntryView(
                            doc,
                            doc.issues.stream()
                                    .map(issue -> new IssueView(
                                            issue, issue.caseId() == null ? null : progress.get(issue.caseId())))
                                    .toList()))
                    .toList();
            return new LedgerPage(response.hits().total().value(), page, size, entries);
        } catch (IOException e) {
            throw new SearchUnavailableException("ledger search failed", e);
        }
    }

    /**
     * The requests raised on visits from {@code from} to {@code to} (months, inclusive), grouped by type so
     * a recurring problem shows as one pile to be solved together; within a group open requests come first,
     * the longest-waiting first.
     */
    public RequestsByType requestsByType(YearMonth from, YearMonth to, LocalDate today) {
        InvalidSearchException.requireInOrder(from, to);
        var period = Query.of(f -> f.range(r -> r.date(d -> d.field("visitedOn")
                .gte(from.atDay(1).toString())
                .lte(to.atEndOfMonth().toString()))));
        var raised = Query.of(f -> f.exists(e -> e.field("caseIds")));
        var query = Query.of(q -> q.bool(b -> b.filter(period, raised)));
        List<EnterpriseVisitDocument> docs;
        try {
            docs =
                    client
                            .search(s -> s.index(visits).size(ALL).query(query), EnterpriseVisitDocument.class)
                            .hits()
                            .hits()
                            .stream()
                            .map(Hit::source)
                            .toList();
        } catch (IOException e) {
            throw new SearchUnavailableException("request search failed", e);
        }
        var progress = cases.of(docs.stream().flatMap(d -> d.caseIds.stream()).toList());
        var byType = new EnumMap<EnterpriseIssueType, List<Request>>(EnterpriseIssueType.class);
        for (var doc : docs) {
            for (var issue : doc.issues) {
                if (issue.caseId() != null) {
                    byType.computeIfAbsent(issue.type(), t -> new ArrayList<>())
                            .add(new Request(
                                    doc.enterpriseId,
                                    doc.enterpriseName,
                                    doc.visitId,
                                    doc.visitedOn,
                                    issue.number(),
                                    issue.type(),
                                    issue.summary(),
                                    issue.caseId(),
                                    progress.get(issue.caseId())));
                }
            }
        }
        var groups = new ArrayList<TypeGroup>();
        byType.forEach((type, requests) -> {
            requests.sort(Comparator.comparing(
                            (Request r) -> r.progress() == null || !r.progress().open())
                    .thenComparing(Request::visitedOn));
            int open = (int) requests.stream()
                    .filter(r -> r.progress() != null && r.progress().open())
                    .count();
            int overdue = (int) requests.stream()
                    .filter(r -> r.progress() != null && r.progress().overdueOn(today))
                    .count();
            int enterprisesAffected = (int)
                    requests.stream().map(Request::enterpriseId).distinct().count();
            groups.add(new TypeGroup(type, requests.size(), open, overdue, enterprisesAffected, List.copyOf(requests)));
        });
        groups.sort(Comparator.comparing(TypeGroup::open).reversed().thenComparing(TypeGroup::type));
        return new RequestsByType(from, to, groups);
    }

    /** The plan's "每月深入企业调研1次以上": which registered enterprises had no ledger visit in the month. */
    public MonthlyCoverage coverage(YearMonth month) {
        var end = month.plusMonths(1)
                .atDay(1)
                .atStartOfDay(org.onetrip.calendar.api.WorkingDayCalendar.ZONE)
                .toInstant();
        var registered = enterprises(null, null).stream()
                .filter(e -> e.registeredAt() != null && e.registeredAt().isBefore(end))
                .toList();
        var notVisited =
                registered.stream().filter(e -> !e.visitedIn(month.toString())).toList();
        return new MonthlyCoverage(month, registered.size(), registered.size() - notVisited.size(), notVisited);
    }

    /** The enterprise's own requests, newest first, as the public may see them; empty for an unknown code. */
    public Optional<OwnRequests> ownRequests(ReceiptCode code) {
        return byAccessCode(code).map(enterprise -> {
            var all = new ArrayList<OwnRequest>();
            for (int page = 0; ; page++) {
                var entries = ledger(enterprise.enterpriseId(), null, null, page, 200);
                for (var entry : entries.entries()) {
                    for (var issue : entry.issues()) {
                        if (issue.issue().caseId() == null) {
                            continue;
                        }
                        var progress = issue.progress();
                        all.add(new OwnRequest(
                                issue.issue().type(),
                                issue.issue().summary(),
                                entry.visit().visitedOn,
                                progress == null ? CaseStatus.FILED : progress.status(),
                                progress == null ? null : progress.departmentCode(),
                                progress == null ? null : progress.dueDate(),
                                progress == null ? null : progress.answeredAt(),
                                progress == null ? null : progress.answer()));
                    }
                }
                if ((long) (page + 1) * 200 >= entries.total()) {
                    break;
                }
            }
            return new OwnRequests(enterprise.name(), all);
        });
    }

    private Optional<EnterpriseDocument> document(String enterpriseId) {
        if (enterpriseId == null || enterpriseId.isBlank() || enterpriseId.length() > 64) {
            return Optional.empty();
        }
        try {
            var found = client.get(g -> g.index(enterprises).id(enterpriseId), EnterpriseDocument.class);
            return found.found() ? Optional.ofNullable(found.source()) : Optional.empty();
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read enterprise " + enterpriseId, e);
        }
    }
}
