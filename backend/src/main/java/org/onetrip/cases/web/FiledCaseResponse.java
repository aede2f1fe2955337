package org.onetrip.cases.web;

import org.onetrip.cases.api.CaseStatus;
import org.onetrip.integrity.api.FilingReceipt;

/**
 * {@code caseId} is given to staff only; the public tracks with the receipt code. {@code receipt} is
 * the signed proof of filing (docs/integrity.md).
 */
public record FiledCaseResponse(
        String receiptCode, String caseId, CaseStatus status, String trackUrl, FilingReceipt receipt) {}
