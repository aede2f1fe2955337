package org.onetrip.casework;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.onetrip.projections.buckpassing.BuckPassingFlag;
import org.onetrip.projections.buckpassing.BuckPassingRule;

/**
 * Words a flag's reason in the reader's language from its rule and parameters, with department
 * names for codes: text key {@code oversight.flag.<RULE>} ({@code .extended} when an overdue answer
 * had an approved extension). A flag indexed before flags had parameters keeps its English sentence.
 */
public final class FlagReason {

    /** The parameters each rule's text takes, in the order of its {0}, {1}… */
    private static final Map<BuckPassingRule, List<String>> PARAMETERS = new EnumMap<>(Map.of(
            BuckPassingRule.REPEATED_RETURNS_OR_TRANSFERS, List.of("count"),
            BuckPassingRule.PING_PONG, List.of("department", "otherDepartment"),
            BuckPassingRule.SLOW_SIGNING, List.of("department", "workingDays"),
            BuckPassingRule.LEFT_UNSIGNED, List.of("department", "workingDays"),
            BuckPassingRule.OVERDUE_WITHOUT_EXTENSION, List.of("department", "answeredOn", "dueDate"),
            BuckPassingRule.OVERDUE_NOW, List.of("department", "dueDate"),
            BuckPassingRule.REPEATED_EXTENSIONS, List.of("count"),
            BuckPassingRule.REOPENED_AFTER_DISSATISFACTION, List.of("department"),
            BuckPassingRule.REPEAT_COMPLAINT, List.of("count")));

    private static final List<String> NUMBERS = List.of("count", "workingDays");

    private FlagReason() {}

    public static String of(Component reader, BuckPassingFlag flag, Function<String, String> departmentName) {
        var names = PARAMETERS.get(flag.rule());
        if (names == null || !flag.parameters().keySet().containsAll(names)) {
            return flag.explanation() == null ? "" : flag.explanation();
        }
        var values = new ArrayList<Object>();
        for (var name : names) {
            var value = flag.parameters().get(name);
            if (NUMBERS.contains(name)) {
                values.add(Integer.valueOf(value));
            } else if (name.endsWith("epartment")) {
                values.add(departmentName.apply(value));
            } else {
                values.add(value);
            }
        }
        var key = "oversight.flag." + flag.rule().name()
                + ("true".equals(flag.parameters().get("extended")) ? ".extended" : "");
        return reader.getTranslation(key, values.toArray());
    }
}
