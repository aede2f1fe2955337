package org.onetrip.cases.api;

/** What a case command handler answers; a recorded refusal is an outcome, not an exception. */
public sealed interface CommandOutcome {

    record Done(CaseStatus status) implements CommandOutcome {}

    record Refused(RefusalReason reason, String detail) implements CommandOutcome {}

    /** The answer to a recorded view of the complainant's contact data. */
    record ContactShown(ComplainantContactResponse contact) implements CommandOutcome {}
}
