package org.onetrip.disclosure.api;

import org.onetrip.shared.api.EventContext;

public record ServiceItemDraftEditedEvent(String itemCode, EventContext context, ServiceItemContent content)
        implements ServiceItemEvent {}
