package org.onetrip.disclosure.api;

public enum DisclosureRefusalReason {
    ROLE_NOT_ALLOWED,
    WRONG_STATE,
    INCOMPLETE,
    VAGUE_WORDING_NOT_ACKNOWLEDGED,
    NO_CHANGE,
    ALREADY_EXISTS,
    BATCH_NOT_READY,
    BATCH_NAME_TAKEN,
    CUT_OFF_IN_FUTURE,
    BULLETIN_ALREADY_PUBLISHED
}
