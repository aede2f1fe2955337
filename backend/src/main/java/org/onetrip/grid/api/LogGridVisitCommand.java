package org.onetrip.grid.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * A cadre of the grid logs a visit (下访): when, where, how many households and enterprises, whom,
 * and the issues found. Issues to follow up become cases in the same step.
 */
public record LogGridVisitCommand(
        @TargetAggregateIdentifier String gridId,
        String visitId,
        Actor actor,
        Channel channel,
        LocalDate visitedOn,
        String place,
        int households,
        int enterprises,
        String visitedWho,
        String note,
        List<FoundIssue> issues)
        implements GridCommand {

    public LogGridVisitCommand {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }
}
