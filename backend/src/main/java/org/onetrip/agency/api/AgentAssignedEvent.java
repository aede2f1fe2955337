package org.onetrip.agency.api;

import org.onetrip.shared.api.EventContext;

public record AgentAssignedEvent(
        String requestId, EventContext context, String agentPersonId, String agentDepartmentCode)
        implements AgencyEvent {}
