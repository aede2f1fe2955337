package org.onetrip.disclosure.query;

import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The weights of the annual performance assessment (绩效考核), {@code onetrip.assessment.weights.*}:
 * the on-time and satisfaction rates are weighted into a base of up to 100 points, and each return,
 * transfer, ping-pong, overdue open case, supervision and accountability deducts its points, and so do a
 * booking served in more than one trip (跑多次), an agency request open past its promised time limit,
 * each grid visit a department's cadres owed and did not make and each month an enterprise paired with
 * its liaison cadres had no ledger visit (四.四: "一个月至少走访一次", "每月深入企业调研1次以上").
 */
@ConfigurationProperties("onetrip.assessment")
public record AssessmentProperties(@DefaultValue Weights weights) {

    public record Weights(
            @DefaultValue("60") double onTimeRate,
            @DefaultValue("40") double satisfactionRate,
            @DefaultValue("1") double returnDeduction,
            @DefaultValue("0.5") double transferDeduction,
            @DefaultValue("3") double pingPongDeduction,
            @DefaultValue("2") double overdueDeduction,
            @DefaultValue("2") double supervisionDeduction,
            @DefaultValue("5") double accountabilityDeduction,
            @DefaultValue("1") double moreThanOneTripDeduction,
            @DefaultValue("2") double agencyOverdueDeduction,
            @DefaultValue("0.5") double missedGridVisitDeduction,
            @DefaultValue("0.5") double missedEnterpriseVisitDeduction) {

        @org.springframework.boot.context.properties.bind.ConstructorBinding
        public Weights {
            for (double weight : new double[] {
                moreThanOneTripDeduction,
                agencyOverdueDeduction,
                onTimeRate,
                satisfactionRate,
                returnDeduction,
                transferDeduction,
                pingPongDeduction,
                overdueDeduction,
                supervisionDeduction,
                accountabilityDeduction,
                missedGridVisitDeduction,
                missedEnterpriseVisitDeduction
            }) {
                if (weight < 0 || Double.isNaN(weight) || Double.isInfinite(weight)) {
                    throw new IllegalArgumentException("onetrip.assessment.weights.* must be finite and not negative");
                }
            }
            if (onTimeRate + satisfactionRate <= 0) {
                throw new IllegalArgumentException(
                        "onetrip.assessment.weights.on-time-rate plus satisfaction-rate must be more than 0");
            }
        }

        public Map<String, Double> asMap() {
            var map = new LinkedHashMap<String, Double>();
            map.put("on-time-rate", onTimeRate);
            map.put("satisfaction-rate", satisfactionRate);
            map.put("return-deduction", returnDeduction);
            map.put("transfer-deduction", transferDeduction);
            map.put("ping-pong-deduction", pingPongDeduction);
            map.put("overdue-deduction", overdueDeduction);
            map.put("supervision-deduction", supervisionDeduction);
            map.put("accountability-deduction", accountabilityDeduction);
            map.put("more-than-one-trip-deduction", moreThanOneTripDeduction);
            map.put("agency-overdue-deduction", agencyOverdueDeduction);
            map.put("missed-grid-visit-deduction", missedGridVisitDeduction);
            map.put("missed-enterprise-visit-deduction", missedEnterpriseVisitDeduction);
            return map;
        }

        /** The case weights alone; the service mechanisms' deductions at their defaults. */
        public Weights(
                double onTimeRate,
                double satisfactionRate,
                double returnDeduction,
                double transferDeduction,
                double pingPongDeduction,
                double overdueDeduction,
                double supervisionDeduction,
                double accountabilityDeduction) {
            this(
                    onTimeRate,
                    satisfactionRate,
                    returnDeduction,
                    transferDeduction,
                    pingPongDeduction,
                    overdueDeduction,
                    supervisionDeduction,
                    accountabilityDeduction,
                    1,
                    2,
                    0.5,
                    0.5);
        }
    }

    public static AssessmentProperties defaults() {
        return new AssessmentProperties(new Weights(60, 40, 1, 0.5, 3, 2, 2, 5, 1, 2, 0.5, 0.5));
    }
}
