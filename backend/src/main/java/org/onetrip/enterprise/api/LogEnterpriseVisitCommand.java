package org.onetrip.enterprise.api;

import java.time.LocalDate;
import java.util.List;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * The liaison cadre enters a visit in the enterprise's ledger: when, who took part (departments that
 * came along), the enterprise's situation, and the problems raised, each to become an enterprise
 * request in the same step unless settled on the spot.
 */
public record LogEnterpriseVisitCommand(
        @TargetAggregateIdentifier String enterpriseId,
        String visitId,
        Actor actor,
        Channel channel,
        LocalDate visitedOn,
        String participants,
        String situation,
        List<LedgerIssue> issues)
        implements EnterpriseCommand {

    public LogEnterpriseVisitCommand {
        issues = issues == null ? List.of() : List.copyOf(issues);
    }
}
