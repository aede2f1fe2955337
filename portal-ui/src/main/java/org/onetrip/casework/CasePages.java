package org.onetrip.casework;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.application.CaseDeadlines;
import org.onetrip.disclosure.application.PublishedDisclosures;
import org.onetrip.projections.buckpassing.BuckPassingFlag;
import org.onetrip.projections.cases.CaseDocument;
import org.onetrip.projections.cases.CaseDocuments;
import org.onetrip.projections.discipline.BuckPassingAnalysis;
import org.onetrip.projections.support.SearchUnavailableException;
import org.springframework.stereotype.Service;

/**
 * What every staff case page shows beside the case's own story: working days left on today's calendar,
 * and the buck-passing flags that hold for the case (stored ones and those that hold only today), from
 * the same analysis as the discipline office's ranking.
 */
@Service
public class CasePages {

    private final CaseDeadlines deadlines;
    private final CaseDocuments documents;
    private final BuckPassingAnalysis analysis;
    private final Clock clock;
    private final PublishedDisclosures disclosures;

    public CasePages(
            CaseDeadlines deadlines,
            CaseDocuments documents,
            BuckPassingAnalysis analysis,
            Clock clock,
            PublishedDisclosures disclosures) {
        this.disclosures = disclosures;
        this.deadlines = deadlines;
        this.documents = documents;
        this.analysis = analysis;
        this.clock = clock;
    }

    public LocalDate today() {
        return clock.instant().atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }

    /** Working days from today to the due date: negative when overdue. */
    public int workingDaysLeft(LocalDate dueDate) {
        return deadlines.workingDaysLeft(dueDate, today());
    }

    /** The published name of the catalogue item a case names, or its code when it is not published. */
    public String serviceItemName(String code) {
        return disclosures
                .serviceItem(code, null)
                .map(item -> item.content().name() + " (" + code + ")")
                .orElse(code);
    }

    /** Empty when the search index is unreachable: the page still shows the case from its events. */
    public List<BuckPassingFlag> flags(String caseId) {
        CaseDocument document;
        try {
            document = documents.get(caseId);
        } catch (SearchUnavailableException unavailable) {
            return List.of();
        }
        if (document == null) {
            return List.of();
        }
        var flagged = analysis.report(List.of(document), today(), null, 1).cases();
        return flagged.isEmpty() ? List.of() : flagged.get(0).flags();
    }
}
