package org.onetrip.projections.buckpassing;

import java.util.List;

/** One signal on one case: which rule, which events set it off, which departments it implicates. */
public record BuckPassingFlag(
        BuckPassingRule rule,
        List<String> eventIds,
        List<String> departments,
        String explanation,
        int weight) {

    public static BuckPassingFlag of(BuckPassingRule rule, List<String> eventIds, List<String> departments,
                                     String explanation) {
        return new BuckPassingFlag(rule, List.copyOf(eventIds), List.copyOf(departments), explanation, rule.weight());
    }
}
