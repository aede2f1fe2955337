package org.onetrip.oversight.discipline.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.SortedMap;
import java.util.TreeMap;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.AllowedActions;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.CaseStory;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.cases.application.CaseOutcome;
import org.onetrip.cases.application.CaseSupervision;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.oversight.CommandRefusals;
import org.onetrip.projections.discipline.BuckPassingReport;
import org.onetrip.projections.discipline.BuckPassingReports;
import org.onetrip.projections.discipline.DepartmentSummary;
import org.onetrip.shared.api.Actor;
import org.springframework.stereotype.Service;

/**
 * What the discipline office's screens read and do: the buck-passing report and department summaries
 * (as the REST report computes them), a case's full timeline, and the supervision and
 * accountability commands, sent as the signed-in staff member.
 */
@Service
public class DisciplineService {

    static final int REPORT_LIMIT = 200;

    private final BuckPassingReports reports;
    private final CaseSupervision supervision;
    private final CaseHistory history;
    private final DepartmentDirectory departments;
    private final Clock clock;

    public DisciplineService(
            BuckPassingReports reports,
            CaseSupervision supervision,
            CaseHistory history,
            DepartmentDirectory departments,
            Clock clock) {
        this.reports = reports;
        this.supervision = supervision;
        this.history = history;
        this.departments = departments;
        this.clock = clock;
    }

    /** Flagged cases, heaviest first, each with the flags that explain it. */
    public BuckPassingReport report() {
        return reports.report(today(), null, REPORT_LIMIT);
    }

    public List<DepartmentSummary> departmentSummaries() {
        return reports.departments(today());
    }

    /**
     * The department summary of the cases filed in each of the last {@code months} months (Beijing time),
     * oldest first, the current month included: the trend beside the totals.
     */
    public SortedMap<YearMonth, List<DepartmentSummary>> monthlySummaries(int months) {
        var today = today();
        var summaries = new TreeMap<YearMonth, List<DepartmentSummary>>();
        for (int i = months - 1; i >= 0; i--) {
            var month = YearMonth.from(today).minusMonths(i);
            summaries.put(month, reports.departmentsFiledIn(month, today));
        }
        return summaries;
    }

    /** Any case's full timeline: the discipline office traces every case. */
    public Optional<CaseTimelineResponse> timeline(String caseId, Actor reader) {
        if (caseId == null || caseId.isBlank() || caseId.length() > 64) {
            return Optional.empty();
        }
        var outcome = history.timeline(caseId, reader);
        return outcome instanceof CaseOutcome.Done<CaseTimelineResponse> done
                ? Optional.of(done.value())
                : Optional.empty();
    }

    /** Any case as the discipline office reads it, from its events: the status is never a lagging index's. */
    public Optional<CaseStory> story(String caseId, Actor reader) {
        if (caseId == null || caseId.isBlank() || caseId.length() > 64) {
            return Optional.empty();
        }
        return history.story(caseId, reader) instanceof CaseOutcome.Done<CaseStory> done
                ? Optional.of(done.value())
                : Optional.empty();
    }

    /** What the discipline office may do to the case now, and why not the rest. */
    public Optional<AllowedActions> actions(String caseId, Actor reader) {
        return history.allowedActions(caseId, reader) instanceof CaseOutcome.Done<AllowedActions> done
                ? Optional.of(done.value())
                : Optional.empty();
    }

    public List<Department> departments() {
        return departments.all();
    }

    public String departmentName(String code, Locale locale) {
        return departments.name(code, locale);
    }

    public void openSupervision(String caseId, String reason, Actor actor) {
        var version = CommandRefusals.allowed(history, caseId, actor, CaseAction.OPEN_SUPERVISION);
        CommandRefusals.done(() -> supervision.open(caseId, actor, reason, version));
    }

    public void concludeSupervision(String caseId, String conclusion, Actor actor) {
        var version = CommandRefusals.allowed(history, caseId, actor, CaseAction.CONCLUDE_SUPERVISION);
        CommandRefusals.done(() -> supervision.conclude(caseId, actor, conclusion, version));
    }

    public void recordAccountability(String caseId, AccountabilityInput input, Actor actor) {
        var version = CommandRefusals.allowed(history, caseId, actor, CaseAction.RECORD_ACCOUNTABILITY);
        CommandRefusals.done(() -> supervision.recordAccountability(
                caseId,
                actor,
                input.departmentCode(),
                input.responsiblePerson(),
                input.measure(),
                input.findings(),
                version));
    }

    private LocalDate today() {
        return clock.instant().atZone(WorkingDays.ZONE).toLocalDate();
    }
}
