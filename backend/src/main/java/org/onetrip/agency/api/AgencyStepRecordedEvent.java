package org.onetrip.agency.api;

import org.onetrip.shared.api.EventContext;

public record AgencyStepRecordedEvent(String requestId, EventContext context, String step) implements AgencyEvent {}
