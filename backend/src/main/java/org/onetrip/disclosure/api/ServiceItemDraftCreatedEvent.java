package org.onetrip.disclosure.api;

import org.onetrip.shared.api.EventContext;

public record ServiceItemDraftCreatedEvent(String itemCode, EventContext context, ServiceItemContent content)
        implements ServiceItemEvent {}
