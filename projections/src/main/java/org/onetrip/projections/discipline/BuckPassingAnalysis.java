package org.onetrip.projections.discipline;

import static org.onetrip.projections.buckpassing.HandlingStep.Type.ANSWERED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.ASSIGNED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.RATED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.REOPENED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.RETURNED;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.SIGNED_FOR;
import static org.onetrip.projections.buckpassing.HandlingStep.Type.TRANSFERRED;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.projections.buckpassing.BuckPassingDetector;
import org.onetrip.projections.buckpassing.BuckPassingFlag;
import org.onetrip.projections.buckpassing.BuckPassingProperties;
import org.onetrip.projections.buckpassing.BuckPassingRule;
import org.onetrip.projections.buckpassing.HandlingStep;
import org.onetrip.projections.cases.CaseDocument;
import org.onetrip.projections.cases.CaseDocumentView;
import org.onetrip.projections.discipline.BuckPassingReport.FlaggedCase;
import org.onetrip.projections.discipline.BuckPassingReport.RecurringTrips;

/**
 * Ranks flagged cases (stored flags plus those that hold only today) and sums each department's
 * record, from case documents. Pure: given the same documents and date it gives the same report.
 */
public class BuckPassingAnalysis {

    private final BuckPassingDetector detector;
    private final BuckPassingProperties thresholds;
    private final BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween;

    public BuckPassingAnalysis(
            BuckPassingDetector detector,
            BuckPassingProperties thresholds,
            BiFunction<LocalDate, LocalDate, Integer> workingDaysBetween) {
        this.detector = detector;
        this.thresholds = thresholds;
        this.workingDaysBetween = workingDaysBetween;
    }

    public BuckPassingReport report(Iterable<CaseDocument> documents, LocalDate today, String department, int limit) {
        var flagged = new ArrayList<FlaggedCase>();
        var trips = new TreeMap<String, List<CaseDocumentView>>();
        for (var doc : documents) {
            var view = CaseDocumentView.of(doc);
            var flags = new ArrayList<>(doc.flags());
            flags.addAll(detector.detectAsOf(doc.steps(), doc.isOpen(), today));
            if (department != null) {
                flags.removeIf(flag -> !flag.departments().contains(department));
            }
            if (!flags.isEmpty()) {
                int score = flags.stream().mapToInt(BuckPassingFlag::weight).sum();
                flagged.add(new FlaggedCase(
                        view.caseId(),
                        view.caseNumber(),
                        view.title(),
                        doc.status(),
                        view.departmentCode(),
                        score,
                        List.copyOf(flags)));
            }
            if (view.category() == CaseCategory.MORE_THAN_ONE_TRIP && view.serviceItemCode() != null) {
                trips.computeIfAbsent(view.serviceItemCode(), k -> new ArrayList<>())
                        .add(view);
            }
        }
        flagged.sort(Comparator.comparingInt(FlaggedCase::score).reversed().thenComparing(FlaggedCase::caseId));
        var recurring = new ArrayList<RecurringTrips>();
        trips.forEach((item, cases) -> {
            if (cases.size() >= thresholds.recurringTripThreshold()) {
                var departments = new LinkedHashSet<String>();
                cases.forEach(c -> departments.addAll(c.departmentsInvolved()));
                if (department == null || departments.contains(department)) {
                    recurring.add(new RecurringTrips(
                            item,
                            cases.size(),
                            cases.stream().map(CaseDocumentView::caseId).toList(),
                            List.copyOf(departments),
                            cases.size() + " complaints of more than one trip about service item " + item));
                }
            }
        });
        recurring.sort(Comparator.comparingInt(RecurringTrips::complaints).reversed());
        return new BuckPassingReport(
                List.copyOf(flagged.subList(0, Math.min(limit, flagged.size()))), List.copyOf(recurring));
    }

    public List<DepartmentSummary> departments(Iterable<CaseDocument> documents, LocalDate today) {
        var tallies = new TreeMap<String, Tally>();
        for (var doc : documents) {
            var steps = doc.steps();
            var involved = new LinkedHashSet<String>();
            HandlingStep received = null;
            String answering = null;
            for (var step : steps) {
                if (step.type() == ASSIGNED || step.type() == TRANSFERRED) {
                    var unit = step.type() == TRANSFERRED ? step.toDepartment() : step.department();
                    involved.add(unit);
                    received = step;
                }
                if (step.type() == RETURNED) {
                    tally(tallies, step.department()).returns++;
                    received = null;
                }
                if (step.type() == TRANSFERRED) {
                    tally(tallies, step.department()).transfersOut++;
                }
                if (step.type() == SIGNED_FOR && received != null) {
                    var tally = tally(tallies, step.department());
                    tally.signings++;
                    tally.workingDaysToSign += Math.max(0, workingDaysBetween.apply(date(received), date(step)));
                    received = null;
                }
                if (step.type() == ANSWERED) {
                    tally(tallies, step.department()).answers++;
                    answering = step.department();
                }
                if (step.type() == REOPENED) {
                    tally(tallies, step.department()).reopenings++;
                }
                if (step.type() == RATED && answering != null) {
                    var tally = tally(tallies, answering);
                    tally.ratings++;
                    if (step.badRating()) {
                        tally.dissatisfied++;
                    }
                }
            }
            involved.forEach(unit -> tally(tallies, unit).cases++);
            for (var flag : doc.flags()) {
                for (var unit : flag.departments()) {
                    var tally = tally(tallies, unit);
                    tally.flagScore += flag.weight();
                    if (flag.rule() == BuckPassingRule.PING_PONG) {
                        tally.pingPongs++;
                    }
                    if (flag.rule() == BuckPassingRule.OVERDUE_WITHOUT_EXTENSION) {
                        tally.answeredLate++;
                    }
                }
            }
            for (var flag : detector.detectAsOf(steps, doc.isOpen(), today)) {
                if (flag.rule() == BuckPassingRule.OVERDUE_NOW) {
                    flag.departments().forEach(unit -> tally(tallies, unit).overdueNow++);
                }
            }
        }
        var summaries = new ArrayList<DepartmentSummary>();
        tallies.forEach((unit, t) -> summaries.add(new DepartmentSummary(
                unit,
                t.cases,
                t.returns,
                t.transfersOut,
                t.pingPongs,
                t.answeredLate,
                t.overdueNow,
                t.signings == 0 ? null : (double) t.workingDaysToSign / t.signings,
                t.answers,
                t.reopenings,
                t.answers == 0 ? null : (double) t.reopenings / t.answers,
                t.ratings,
                t.dissatisfied,
                t.ratings == 0 ? null : (double) t.dissatisfied / t.ratings,
                t.flagScore)));
        summaries.sort(Comparator.comparingInt(DepartmentSummary::flagScore)
                .reversed()
                .thenComparing(DepartmentSummary::departmentCode));
        return summaries;
    }

    private static Tally tally(Map<String, Tally> tallies, String department) {
        return tallies.computeIfAbsent(department == null ? "-" : department, k -> new Tally());
    }

    private static LocalDate date(HandlingStep step) {
        return step.at().atZone(WorkingDayCalendar.ZONE).toLocalDate();
    }

    private static final class Tally {
        int cases;
        int returns;
        int transfersOut;
        int pingPongs;
        int answeredLate;
        int overdueNow;
        int signings;
        long workingDaysToSign;
        int answers;
        int reopenings;
        int ratings;
        int dissatisfied;
        int flagScore;
    }
}
