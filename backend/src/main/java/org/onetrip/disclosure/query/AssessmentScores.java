package org.onetrip.disclosure.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.onetrip.disclosure.api.AssessmentResponse;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.disclosure.api.LiaisonVisits;

/** Scores one department's figures with the configured weights; see {@link AssessmentProperties}. */
public final class AssessmentScores {

    private AssessmentScores() {}

    /**
     * What each deduction counts, keyed by its weight's name in {@link AssessmentProperties.Weights#asMap()}:
     * the score deducts count × weight for each, so a screen can show how a score is made up.
     */
    public static Map<String, Integer> deductionCounts(DepartmentFigures figures, LiaisonVisits visits) {
        var counts = new LinkedHashMap<String, Integer>();
        counts.put("return-deduction", figures.returns());
        counts.put("transfer-deduction", figures.transfers());
        counts.put("ping-pong-deduction", figures.pingPongs());
        counts.put("overdue-deduction", figures.overdueOpen());
        counts.put("supervision-deduction", figures.supervisions());
        counts.put("accountability-deduction", figures.accountabilities());
        counts.put("more-than-one-trip-deduction", figures.appointmentsMoreThanOneTrip());
        counts.put("agency-overdue-deduction", figures.agencyOverdueOpen());
        counts.put("missed-grid-visit-deduction", visits.gridVisitsMissed());
        counts.put("missed-enterprise-visit-deduction", visits.enterpriseMonthsMissed());
        return counts;
    }

    /** Scores figures of a department that owed no field visits. */
    public static AssessmentResponse.Score score(DepartmentFigures figures, AssessmentProperties.Weights weights) {
        return score(figures, LiaisonVisits.NONE, weights);
    }

    public static AssessmentResponse.Score score(
            DepartmentFigures figures, LiaisonVisits visits, AssessmentProperties.Weights weights) {
        double weighted = 0;
        double weightUsed = 0;
        if (figures.onTimeRate() != null && weights.onTimeRate() > 0) {
            weighted += weights.onTimeRate() * figures.onTimeRate();
            weightUsed += weights.onTimeRate();
        }
        if (figures.satisfactionRate() != null && weights.satisfactionRate() > 0) {
            weighted += weights.satisfactionRate() * figures.satisfactionRate();
            weightUsed += weights.satisfactionRate();
        }
        Double base = weightUsed == 0 ? null : BulletinCalculator.oneDecimal(weighted / weightUsed);
        var weightByKey = weights.asMap();
        double sum = 0;
        for (var count : deductionCounts(figures, visits).entrySet()) {
            sum += count.getValue() * weightByKey.get(count.getKey());
        }
        double deductions = BulletinCalculator.oneDecimal(sum);
        double score = Math.max(0, Math.min(100, (base == null ? 100 : base) - deductions));
        return new AssessmentResponse.Score(
                figures.departmentCode(),
                figures.departmentName(),
                BulletinCalculator.oneDecimal(score),
                base,
                deductions,
                figures,
                visits);
    }
}
