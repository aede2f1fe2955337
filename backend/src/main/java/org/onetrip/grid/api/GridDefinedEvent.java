package org.onetrip.grid.api;

import org.onetrip.shared.api.EventContext;

public record GridDefinedEvent(
        String gridId, EventContext context, String name, String villageDepartmentCode, String area)
        implements GridEvent {}
