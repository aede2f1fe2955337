package org.onetrip.grid.api;

import java.time.LocalDate;
import java.util.List;
import org.onetrip.shared.api.EventContext;

/** A visit as logged; {@code cadre} is the post the visitor held in the grid that day. */
public record GridVisitLoggedEvent(
        String gridId,
        EventContext context,
        String visitId,
        GridCadre cadre,
        LocalDate visitedOn,
        String place,
        int households,
        int enterprises,
        String visitedWho,
        String note,
        List<LoggedIssue> issues)
        implements GridEvent {

    public GridVisitLoggedEvent {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }
}
