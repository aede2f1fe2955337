package org.onetrip.grid.api;

import org.onetrip.shared.api.EventContext;

public record GridCadreReleasedEvent(String gridId, EventContext context, GridCadre cadre, String reason)
        implements GridEvent {}
