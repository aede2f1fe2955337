package org.onetrip.cases.api;

/** What a case command handler answers; a recorded refusal is an outcome, not an exception. */
public sealed interface CommandOutcome {

    record Done(CaseStatus status) implements CommandOutcome {}

    record Refused(RefusalReason reason, String detail) implements CommandOutcome {}
}
