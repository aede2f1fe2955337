package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

/** A withheld handling result is on the public pages again (once the case has one). */
public record ResultRepublishedEvent(String caseId, EventContext context, String reason) implements CaseEvent {}
