package org.onetrip.cases.application;

import java.util.function.Function;
import org.onetrip.cases.api.RefusalReason;

/**
 * What a case action or question came to, in the case's own terms: every adapter (REST, the portal's
 * screens) turns these into its own answer, and none of them sees another's.
 */
public sealed interface CaseOutcome<T> {

    record Done<T>(T value) implements CaseOutcome<T> {}

    /** A rule of the case refused it; recorded on the case when a staff member asked. */
    record Refused<T>(RefusalReason reason, String detail) implements CaseOutcome<T> {}

    /** The input breaks a rule of form (a blank reason, an unknown department named at filing); nothing stored. */
    record Invalid<T>(String field, String message) implements CaseOutcome<T> {}

    /** There is no such case (for the public: none with that receipt code). */
    record Unknown<T>(String detail) implements CaseOutcome<T> {}

    /** The one asking may not see this case, e.g. a department that never held it. */
    record Forbidden<T>(String detail) implements CaseOutcome<T> {}

    /** The case changed since the version the caller read (or under a concurrent command): read again. */
    record Conflict<T>(String detail) implements CaseOutcome<T> {}

    default boolean isDone() {
        return this instanceof Done;
    }

    /** The same failure with another value type, or {@code next} applied to what was done. */
    @SuppressWarnings("unchecked")
    default <R> CaseOutcome<R> then(Function<T, CaseOutcome<R>> next) {
        return this instanceof Done<T> done ? next.apply(done.value()) : (CaseOutcome<R>) this;
    }

    default <R> CaseOutcome<R> map(Function<T, R> mapping) {
        return then(value -> new Done<>(mapping.apply(value)));
    }

    /** The value, or what {@code failure} makes of anything else. */
    default T orElseThrow(Function<CaseOutcome<T>, ? extends RuntimeException> failure) {
        if (this instanceof Done<T> done) {
            return done.value();
        }
        throw failure.apply(this);
    }
}
