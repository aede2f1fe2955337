package org.onetrip.grid.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.Complainant;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * Turns an issue first settled on the spot into a case after all, in one step: the matter came back.
 * The visitor or the intake desk may do it; the reason goes into the record.
 */
public record RaiseGridVisitIssueCommand(
        @TargetAggregateIdentifier String gridId,
        String visitId,
        int issueNumber,
        Actor actor,
        Channel channel,
        String reason,
        CaseCategory category,
        String concernedDepartmentCode,
        Complainant resident)
        implements GridCommand {}
