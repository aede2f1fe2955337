package org.onetrip.projections.buckpassing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One signal on one case: which rule, which events set it off, which departments it implicates. The
 * {@code parameters} (department codes, counts, ISO dates) let a client word the reason in its own
 * language from the rule code; {@code explanation} is the same reason as an English sentence.
 */
public record BuckPassingFlag(
        BuckPassingRule rule,
        List<String> eventIds,
        List<String> departments,
        String explanation,
        Map<String, String> parameters,
        int weight) {

    public BuckPassingFlag {
        // documents indexed before parameters existed have none
        parameters = parameters == null ? Map.of() : Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
    }

    public static BuckPassingFlag of(
            BuckPassingRule rule,
            List<String> eventIds,
            List<String> departments,
            Map<String, String> parameters,
            String explanation) {
        return new BuckPassingFlag(
                rule, List.copyOf(eventIds), List.copyOf(departments), explanation, parameters, rule.weight());
    }

    public static BuckPassingFlag of(
            BuckPassingRule rule, List<String> eventIds, List<String> departments, String explanation) {
        return of(rule, eventIds, departments, Map.of(), explanation);
    }
}
