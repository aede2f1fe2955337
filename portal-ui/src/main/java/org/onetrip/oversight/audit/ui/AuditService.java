package org.onetrip.oversight.audit.ui;

import java.time.Instant;
import java.util.Locale;
import java.util.Optional;
import org.onetrip.audit.api.CaseAsOfResponse;
import org.onetrip.audit.query.CaseAsOf;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CaseStory;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.shared.api.Actor;
import org.springframework.stereotype.Service;

/**
 * The auditor's read-only questions, answered from the event store; the search index only turns a case number (a
 * one-way digest of the case id) into the id.
 */
@Service
public class AuditService {

    private final CaseHistory cases;
    private final DepartmentDirectory departments;
    private final CaseAsOf caseAsOf;
    private final CaseSearch search;

    public AuditService(CaseHistory cases, DepartmentDirectory departments, CaseAsOf caseAsOf, CaseSearch search) {
        this.cases = cases;
        this.departments = departments;
        this.caseAsOf = caseAsOf;
        this.search = search;
    }

    /** The full timeline of the case with this case number, receipt code or case id, if there is one. */
    public Optional<CaseTimelineResponse> find(String typedIdentifier, Actor reader) {
        if (typedIdentifier == null || typedIdentifier.isBlank() || typedIdentifier.length() > 64) {
            return Optional.empty();
        }
        var typed = typedIdentifier.strip();
        var byNumber = search.caseIdOfNumber(typed);
        var caseId = byNumber.isPresent()
                ? byNumber.get()
                : ReceiptCode.parse(typed).isPresent()
                        ? cases.byReceiptCode(typed, reader)
                                .map(CaseRefResponse::caseId)
                                .orElse(null)
                        : typed;
        return caseId == null
                ? Optional.empty()
                : cases.timeline(caseId, reader) instanceof CaseOutcome.Done<CaseTimelineResponse> done
                        ? Optional.of(done.value())
                        : Optional.empty();
    }

    /** The case told from its events, for the history as sentences beside the raw events. */
    public Optional<CaseStory> story(String caseId, Actor reader) {
        return cases.story(caseId, reader) instanceof CaseOutcome.Done<CaseStory> done
                ? Optional.of(done.value())
                : Optional.empty();
    }

    /** The case as it stood at {@code asOf}, by replaying its stored events up to then as the case does. */
    public Optional<CaseAsOfResponse> stateAsOf(String caseId, Instant asOf) {
        return caseAsOf.at(caseId, asOf);
    }

    public String departmentName(String code, Locale locale) {
        return departments.name(code, locale);
    }
}
