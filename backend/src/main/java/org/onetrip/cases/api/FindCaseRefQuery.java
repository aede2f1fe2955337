package org.onetrip.cases.api;

/** Resolves a case by its receipt code or by its id (one of the two is given). */
public record FindCaseRefQuery(String receiptCode, String caseId) {

    public static FindCaseRefQuery byReceiptCode(String receiptCode) {
        return new FindCaseRefQuery(receiptCode, null);
    }

    public static FindCaseRefQuery byCaseId(String caseId) {
        return new FindCaseRefQuery(null, caseId);
    }
}
