package org.onetrip.cases.api;

public record FindCaseCountsQuery() {}
