package org.onetrip.disclosure.query;

import org.onetrip.disclosure.api.AssessmentResponse;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.disclosure.api.LiaisonVisits;

/** Scores one department's figures with the configured weights; see {@link AssessmentProperties}. */
public final class AssessmentScores {

    private AssessmentScores() {}

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
        double deductions = BulletinCalculator.oneDecimal(figures.returns() * weights.returnDeduction()
                + figures.transfers() * weights.transferDeduction()
                + figures.pingPongs() * weights.pingPongDeduction()
                + figures.overdueOpen() * weights.overdueDeduction()
                + figures.supervisions() * weights.supervisionDeduction()
                + figures.accountabilities() * weights.accountabilityDeduction()
                + figures.appointmentsMoreThanOneTrip() * weights.moreThanOneTripDeduction()
                + figures.agencyOverdueOpen() * weights.agencyOverdueDeduction()
                + visits.gridVisitsMissed() * weights.missedGridVisitDeduction()
                + visits.enterpriseMonthsMissed() * weights.missedEnterpriseVisitDeduction());
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
