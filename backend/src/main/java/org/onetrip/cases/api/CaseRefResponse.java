package org.onetrip.cases.api;

public record CaseRefResponse(String caseId, String receiptCode, CaseStatus status, long version) {}
