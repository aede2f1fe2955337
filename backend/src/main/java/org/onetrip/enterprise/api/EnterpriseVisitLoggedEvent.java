package org.onetrip.enterprise.api;

import java.time.LocalDate;
import java.util.List;
import org.onetrip.shared.api.EventContext;

public record EnterpriseVisitLoggedEvent(
        String enterpriseId,
        EventContext context,
        String visitId,
        LiaisonCadre liaison,
        LocalDate visitedOn,
        String participants,
        String situation,
        List<LoggedLedgerIssue> issues)
        implements EnterpriseEvent {

    public EnterpriseVisitLoggedEvent {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }
}
