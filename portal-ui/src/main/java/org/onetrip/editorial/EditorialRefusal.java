package org.onetrip.editorial;

/**
 * Why an editing action was not carried out: a text key of the editorial bundle (the view translates
 * it) and the backend's own detail, which the view shows only where it names nothing internal.
 */
public class EditorialRefusal extends RuntimeException {

    private final String key;
    private final String field;

    public EditorialRefusal(String key, String field, String detail) {
        super(key + ": " + detail);
        this.key = key;
        this.field = field == null ? "" : field;
    }

    public String key() {
        return key;
    }

    /** The form field an invalid input was found in, empty for a refusal. */
    public String field() {
        return field;
    }
}
