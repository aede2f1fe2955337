package org.onetrip.oversight.admin;

import java.util.Map;
import java.util.TreeMap;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.command.CaseDeadlineProperties;
import org.springframework.stereotype.Component;

/** The deadline rules in force, read from configuration {@code onetrip.deadlines.*} for the administrator. */
@Component
public class DeadlineRules {

    private final CaseDeadlineProperties properties;

    public DeadlineRules(CaseDeadlineProperties properties) {
        this.properties = properties;
    }

    public Rules current() {
        return new Rules(
                new TreeMap<>(properties.workingDays()),
                properties.rectificationWorkingDays(),
                properties.maxExtensionWorkingDays());
    }

    /** Working days per kind of case, for rectification, and the longest single extension. */
    public record Rules(
            Map<CaseKind, Integer> workingDaysByKind, int rectificationWorkingDays, int maxExtensionWorkingDays) {}
}
