package org.onetrip.cases.api;

/**
 * A case's id, status and version. {@code receiptCode} is the code it was found by or filed with, and null when it
 * was found by its id: the registry keeps only a digest of each code, so there is nothing to give back.
 */
public record CaseRefResponse(String caseId, String receiptCode, CaseStatus status, long version) {}
