package org.onetrip.disclosure.api;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Scores out of 100 per department: the weighted on-time and satisfaction rates, less the deductions
 * per return, transfer, ping-pong, overdue case, supervision, accountability, missed grid visit and
 * enterprise-month without a liaison visit. The weights used are
 * part of the answer, so a score can be recomputed by hand.
 */
public record AssessmentResponse(
        int year,
        Instant periodStart,
        Instant cutOff,
        long lastEventPosition,
        long calendarVersion,
        Map<String, Double> weights,
        List<Score> departments) {

    public record Score(
            String departmentCode,
            String departmentName,
            double score,
            Double base,
            double deductions,
            DepartmentFigures figures,
            LiaisonVisits liaisonVisits) {}
}
