package org.onetrip.agency.api;

import org.onetrip.shared.api.EventContext;

public record AgencyCommandRefusedEvent(
        String requestId, EventContext context, String command, AgencyRefusalReason reason, String detail)
        implements AgencyEvent {}
