package org.onetrip.grid.api;

import org.axonframework.modelling.command.TargetAggregateIdentifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/**
 * Draws a grid (网格): its code, name, the village or residents' committee it lies in, and its area
 * in words (the 组 or streets it covers), 按历史地缘、人员居住、管理方便.
 */
public record DefineGridCommand(
        @TargetAggregateIdentifier String gridId,
        Actor actor,
        Channel channel,
        String name,
        String villageDepartmentCode,
        String area) {}
