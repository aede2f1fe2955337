package org.onetrip.grid.api;

import java.time.YearMonth;
import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * Sets how many visits each cadre owes each of their grids a month (the plan: "每个网格每名干部一个月
 * 至少走访一次", so 1), from a month on; a month already begun keeps the norm it began with, so no
 * past compliance changes. {@code effectiveFrom} null is the first norm, in force since always.
 */
public record SetGridVisitNormCommand(
        @TargetAggregateIdentifier String normId,
        Actor actor,
        Channel channel,
        int visitsPerCadrePerMonth,
        YearMonth effectiveFrom,
        String reason) {

    public static SetGridVisitNormCommand of(
            Actor actor, Channel channel, int visits, YearMonth effectiveFrom, String reason) {
        return new SetGridVisitNormCommand(GridVisitNorms.ID, actor, channel, visits, effectiveFrom, reason);
    }
}
