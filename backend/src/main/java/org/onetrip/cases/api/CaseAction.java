package org.onetrip.cases.api;

/**
 * What staff (or the public, for a rating) can do to a case, named once, so a screen can ask which are
 * allowed now for whom ({@link AllowedActions}) and offer only those.
 */
public enum CaseAction {
    ACCEPT,
    DECLINE,
    ASSIGN,
    SIGN_FOR,
    ADD_PROGRESS_NOTE,
    REQUEST_EXTENSION,
    APPROVE_EXTENSION,
    DENY_EXTENSION,
    RETURN,
    TRANSFER,
    PROPOSE_TRANSFER,
    APPROVE_TRANSFER,
    REJECT_TRANSFER,
    ANSWER,
    RATE,
    REOPEN,
    CLOSE,
    MERGE,
    WITHHOLD_RESULT,
    REPUBLISH_RESULT,
    OPEN_SUPERVISION,
    CONCLUDE_SUPERVISION,
    RECORD_ACCOUNTABILITY
}
