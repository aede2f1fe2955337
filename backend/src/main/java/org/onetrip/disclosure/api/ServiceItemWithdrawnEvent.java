package org.onetrip.disclosure.api;

import org.onetrip.shared.api.EventContext;

public record ServiceItemWithdrawnEvent(String itemCode, EventContext context, int lastVersion, String reason)
        implements ServiceItemEvent {}
