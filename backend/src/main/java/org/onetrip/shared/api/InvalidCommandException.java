package org.onetrip.shared.api;

/** A command whose content breaks a rule of form (a missing reason, say): refused, nothing stored. */
public class InvalidCommandException extends RuntimeException {
    private final String field;

    public InvalidCommandException(String field, String message) {
        super(message);
        this.field = field;
    }

    public String field() {
        return field;
    }
}
