package org.onetrip.agency.api;

import org.onetrip.shared.api.EventContext;

public record RequesterContactViewedEvent(String requestId, EventContext context, String reason)
        implements AgencyEvent {}
