package org.onetrip.cases.application;

import java.util.Optional;
import org.onetrip.cases.api.AllowedActions;
import org.onetrip.cases.api.CaseCountsResponse;
import org.onetrip.cases.api.CaseRefResponse;
import org.onetrip.cases.api.CaseState;
import org.onetrip.cases.api.CaseStory;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.FindCaseCountsQuery;
import org.onetrip.cases.api.FindCaseRefQuery;
import org.onetrip.cases.api.FindPublicCaseQuery;
import org.onetrip.cases.api.PublicCaseResponse;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.command.CaseActionRules;
import org.onetrip.cases.query.CaseAccess;
import org.onetrip.cases.query.CaseTimelineQueries;
import org.onetrip.cases.query.FindingsWithholding;
import org.onetrip.security.SecurityEvent;
import org.onetrip.security.SecurityLog;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.ratelimit.RateLimits;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a case was and is, for whoever may know: the public page by receipt code, and for staff the
 * case's full timeline and state, read from its events, with department access decided by
 * {@link CaseAccess} (a department sees only the cases it holds or has held).
 */
@Service
// one read-only transaction per answer: a public tracking reads the registry's row, then the case's stream,
// on one connection with one commit, instead of a transaction for each
@Transactional(readOnly = true)
public class CaseHistory {

    private final CaseTimelineQueries queries;
    private final SecurityLog securityLog;
    private final RateLimits limits;

    CaseHistory(CaseTimelineQueries queries, SecurityLog securityLog, RateLimits limits) {
        this.queries = queries;
        this.securityLog = securityLog;
        this.limits = limits;
    }

    /** The case's id, receipt code, status and version. */
    public Optional<CaseRefResponse> ref(String caseId) {
        return caseId == null ? Optional.empty() : queries.handle(FindCaseRefQuery.byCaseId(caseId));
    }

    /**
     * The case a typed receipt code leads to (lower case, spaces and look-alike letters accepted), if
     * {@code reader} may read it: a handler finds only a case their department holds or has held, and an
     * unreadable case is not found, so the answer does not tell that it exists.
     */
    public Optional<CaseRefResponse> byReceiptCode(String typed, Actor reader) {
        return byReceiptCode(typed)
                .filter(ref -> queries.state(ref.caseId())
                        .map(state -> CaseAccess.mayRead(reader, state))
                        .orElse(false));
    }

    private Optional<CaseRefResponse> byReceiptCode(String typed) {
        return ReceiptCode.parse(typed).flatMap(code -> queries.handle(FindCaseRefQuery.byReceiptCode(code.value())));
    }

    /** What anyone holding the receipt code may see; empty for an unknown or malformed code alike. */
    public Optional<PublicCaseResponse> publicCase(String typedReceiptCode) {
        return ReceiptCode.parse(typedReceiptCode)
                .flatMap(code -> queries.handle(new FindPublicCaseQuery(code.value())));
    }

    /** The catalogue item a case was filed about, public as the catalogue is; empty when none was named. */
    public Optional<String> serviceItemCode(String typedReceiptCode) {
        return byReceiptCode(typedReceiptCode)
                .flatMap(ref -> queries.state(ref.caseId()))
                .map(CaseState::serviceItemCode);
    }

    /** The full staff timeline (contact data withheld), if {@code reader} may read this case. */
    public CaseOutcome<CaseTimelineResponse> timeline(String caseId, Actor reader) {
        var read = queries.staffTimeline(caseId);
        if (read.isEmpty()) {
            return CaseCommands.unknown(caseId);
        }
        if (!CaseAccess.mayRead(reader, read.get().state())) {
            return forbidden(caseId, reader);
        }
        var timeline = read.get().timeline();
        var entries = timeline.events().stream()
                .map(entry -> FindingsWithholding.entry(entry, reader))
                .toList();
        return new CaseOutcome.Done<>(new CaseTimelineResponse(
                timeline.caseId(), timeline.receiptCode(), timeline.status(), timeline.version(), entries));
    }

    /**
     * The case for a staff case page (what was filed, where it stands, every event typed, contact withheld),
     * from its events, if {@code reader} may read it.
     */
    public CaseOutcome<CaseStory> story(String caseId, Actor reader) {
        var story = queries.story(caseId);
        if (story.isEmpty()) {
            return CaseCommands.unknown(caseId);
        }
        if (!CaseAccess.mayRead(reader, story.get().state())) {
            return forbidden(caseId, reader);
        }
        var read = story.get();
        return new CaseOutcome.Done<>(new CaseStory(
                read.state(),
                read.filing(),
                read.entries().stream()
                        .map(entry -> new CaseStory.Entry(
                                entry.sequence(), entry.occurredAt(), FindingsWithholding.event(entry.event(), reader)))
                        .toList()));
    }

    /**
     * What {@code reader} may do to the case now, and why not the rest, from its events; its version
     * goes with the command a screen then sends, so a case that changed meanwhile is a conflict, not a refusal.
     */
    public CaseOutcome<AllowedActions> allowedActions(String caseId, Actor reader) {
        return story(caseId, reader).map(story -> CaseActionRules.of(story.state(), story.version(), reader));
    }

    /** Where the case stands, from its events (never from a search document that may lag), if {@code reader} may know. */
    public CaseOutcome<CaseState> state(String caseId, Actor reader) {
        var state = queries.state(caseId);
        if (state.isEmpty()) {
            return CaseCommands.unknown(caseId);
        }
        if (!CaseAccess.mayRead(reader, state.get())) {
            return forbidden(caseId, reader);
        }
        return new CaseOutcome.Done<>(state.get());
    }

    /** How many cases there are, by status. */
    public CaseCountsResponse counts() {
        return queries.handle(new FindCaseCountsQuery());
    }

    /**
     * A look at a case outside one's remit goes to the security log, as an attempt to act on one does
     * ({@link CaseCommands}), within the same hourly allowance per person so that probing cannot flood the log.
     */
    private <T> CaseOutcome<T> forbidden(String caseId, Actor reader) {
        if (reader != null && limits.tryAcquire(RateLimits.Kind.CASE_INTRUSION, reader.personId())) {
            securityLog.record(SecurityEvent.Kind.CASE_READ_REFUSED, reader.personId(), null, caseId);
        }
        return new CaseOutcome.Forbidden<>(
                "this case has never been with " + (reader == null ? null : reader.departmentCode()));
    }
}
