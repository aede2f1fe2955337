package org.onetrip.cases.api;

public record FindCaseTimelineQuery(String caseId) {}
