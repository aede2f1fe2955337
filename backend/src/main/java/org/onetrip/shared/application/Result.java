package org.onetrip.shared.application;

/**
 * What an application service answers, in domain terms, so the REST controllers and the Vaadin views
 * that use it each say it their own way: done, refused by a rule (the rule's name), not found, bad
 * input (which field), or over the public's allowance.
 */
public sealed interface Result<T> {

    record Done<T>(T value) implements Result<T> {}

    record Refused<T>(String reason, String detail) implements Result<T> {}

    record NotFound<T>() implements Result<T> {}

    record Invalid<T>(String field, String message) implements Result<T> {}

    record RateLimited<T>() implements Result<T> {}

    default boolean isDone() {
        return this instanceof Done<T>;
    }

    /** The same result with the value transformed when done. */
    @SuppressWarnings("unchecked")
    default <U> Result<U> map(java.util.function.Function<T, U> mapping) {
        if (this instanceof Done<T> done) {
            return new Done<>(mapping.apply(done.value()));
        }
        return (Result<U>) this;
    }

    /** The value when done; otherwise an {@link IllegalStateException} naming what happened. */
    default T orElseThrow() {
        if (this instanceof Done<T> done) {
            return done.value();
        }
        throw new IllegalStateException("not done: " + this);
    }
}
