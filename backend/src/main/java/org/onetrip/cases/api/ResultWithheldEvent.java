package org.onetrip.cases.api;

import org.onetrip.shared.api.EventContext;

/** The case's handling result is kept off the public pages from now on (不予公开), until it is republished. */
public record ResultWithheldEvent(String caseId, EventContext context, String reason) implements CaseEvent {}
