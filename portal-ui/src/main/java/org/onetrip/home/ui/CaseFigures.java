package org.onetrip.home.ui;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.Duration;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.api.CaseCountsResponse;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.projections.cases.CaseDocument;
import org.onetrip.projections.cases.CaseDocuments;
import org.onetrip.projections.performance.DepartmentPerformance;
import org.onetrip.projections.support.SearchUnavailableException;
import org.springframework.stereotype.Service;

@Service
public class CaseFigures {

    static final int HEADLINE_MONTHS = 12;
    private static final ZoneId TOWNSHIP = WorkingDayCalendar.ZONE;

    static final Duration HEADLINE_MAX_AGE = Duration.ofSeconds(10);

    private final CaseHistory cases;
    private final CaseDocuments documents;
    private volatile ComputedHeadline latest;

    public CaseFigures(CaseHistory cases, CaseDocuments documents) {
        this.cases = cases;
        this.documents = documents;
    }

    public CaseCountsResponse counts() {
        return cases.counts();
    }

    /**
     * On-time and satisfaction rates of the cases first answered in the last twelve months, this one included;
     * computed at most once per {@link #HEADLINE_MAX_AGE} however many home pages poll.
     */
    public Headline headline() {
        var cached = latest;
        var now = System.nanoTime();
        if (cached != null && now - cached.computedAt() < HEADLINE_MAX_AGE.toNanos()) {
            return cached.headline();
        }
        try {
            var fresh = computeHeadline();
            latest = new ComputedHeadline(fresh, now);
            return fresh;
        } catch (SearchUnavailableException unavailable) {
            return cached != null ? cached.headline() : Headline.of(fromMonth(), List.of());
        }
    }

    private Headline computeHeadline() {
        var from = fromMonth();
        var answered = new ArrayList<CaseDocument>();
        documents.forEach(Query.of(q -> q.exists(e -> e.field("answeredAt"))), answered::add);
        return Headline.of(from, DepartmentPerformance.of(answered, from, null));
    }

    private static String fromMonth() {
        return YearMonth.now(TOWNSHIP).minusMonths(HEADLINE_MONTHS - 1L).toString();
    }

    private record ComputedHeadline(Headline headline, long computedAt) {}
}
