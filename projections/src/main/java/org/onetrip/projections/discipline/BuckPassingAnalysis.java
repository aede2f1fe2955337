package org.onetrip.projections.discipline;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.BiFunction;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.projections.buckpassing.BuckPassingDetector;
import org.onetrip.projections.buckpassing.BuckPassingFlag;
import org.onetrip.projections.buckpassing.BuckPassingProperties;
import org.onetrip.projections.buckpassing.BuckPassingRule;
import org.onetrip.projections.buckpassing.DepartmentTally;
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
        var tallies = new TreeMap<String, DepartmentTally>();
        var overdueNow = new TreeMap<String, Integer>();
        for (var doc : documents) {
            for (var tally : DepartmentTally.of(doc.steps(), doc.flags(), workingDaysBetween)) {
                tallies.merge(tally.department(), tally, DepartmentTally::plus);
            }
            for (var flag : detector.detectAsOf(doc.steps(), doc.isOpen(), today)) {
                if (flag.rule() == BuckPassingRule.OVERDUE_NOW) {
                    flag.departments().forEach(unit -> overdueNow.merge(unit, 1, Integer::sum));
                }
            }
        }
        return summaries(tallies, overdueNow);
    }

    /** Each department's record from its summed tallies and its cases overdue today, heaviest flag score first. */
    static List<DepartmentSummary> summaries(Map<String, DepartmentTally> tallies, Map<String, Integer> overdueNow) {
        var units = new TreeSet<>(tallies.keySet());
        units.addAll(overdueNow.keySet());
        var summaries = new ArrayList<DepartmentSummary>();
        for (var unit : units) {
            var t = tallies.getOrDefault(unit, DepartmentTally.zero(unit));
            summaries.add(new DepartmentSummary(
                    unit,
                    t.cases(),
                    t.returns(),
                    t.transfersOut(),
                    t.pingPongs(),
                    t.answeredLate(),
                    overdueNow.getOrDefault(unit, 0),
                    t.signings() == 0 ? null : (double) t.workingDaysToSign() / t.signings(),
                    t.answers(),
                    t.reopenings(),
                    t.answers() == 0 ? null : (double) t.reopenings() / t.answers(),
                    t.ratings(),
                    t.dissatisfied(),
                    t.ratings() == 0 ? null : (double) t.dissatisfied() / t.ratings(),
                    t.flagScore()));
        }
        summaries.sort(Comparator.comparingInt(DepartmentSummary::flagScore)
                .reversed()
                .thenComparing(DepartmentSummary::departmentCode));
        return summaries;
    }
}
