package org.onetrip.disclosure.application;

/**
 * What an editor's action on 政务公开 answers: done with its value, refused by a rule (the reason is a
 * {@code DisclosureRefusalReason} name; recorded on the item when the aggregate records refusals), invalid
 * input (nothing stored), unknown, or changed since the caller read it. REST turns it into a response or a problem detail, the editing
 * screens into a translated message.
 */
public sealed interface DisclosureOutcomeOf<T> {

    record Done<T>(T value) implements DisclosureOutcomeOf<T> {}

    record Refused<T>(String reason, String detail) implements DisclosureOutcomeOf<T> {}

    record Invalid<T>(String field, String message) implements DisclosureOutcomeOf<T> {}

    record Unknown<T>(String detail) implements DisclosureOutcomeOf<T> {}

    /** The item or notice changed since the version the editor read. */
    record Conflict<T>(String detail) implements DisclosureOutcomeOf<T> {}
}
