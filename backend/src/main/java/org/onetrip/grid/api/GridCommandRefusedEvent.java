package org.onetrip.grid.api;

import org.onetrip.shared.api.EventContext;

/** A staff command on a grid that broke a rule: recorded, so auditors see attempts as well as acts. */
public record GridCommandRefusedEvent(
        String gridId, EventContext context, String command, GridRefusalReason reason, String detail)
        implements GridEvent {}
