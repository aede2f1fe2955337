package org.onetrip.grid.api;

import org.onetrip.shared.api.EventContext;

public record GridRevisedEvent(String gridId, EventContext context, String name, String area, String reason)
        implements GridEvent {}
