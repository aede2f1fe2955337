package org.onetrip.cases.web;

import org.onetrip.cases.api.CaseStatus;

/** {@code caseId} is given to staff only; the public tracks with the receipt code. */
public record FiledCaseResponse(String receiptCode, String caseId, CaseStatus status, String trackUrl) {}
