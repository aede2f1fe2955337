package org.onetrip.disclosure.api;

/** What a disclosure command handler answers; a recorded refusal is an outcome, not an exception. */
public sealed interface DisclosureOutcome {
    record Done(String id) implements DisclosureOutcome {}

    record Refused(DisclosureRefusalReason reason, String detail) implements DisclosureOutcome {}
}
