package org.onetrip.cases.api;

public record FindPublicCaseQuery(String receiptCode) {}
