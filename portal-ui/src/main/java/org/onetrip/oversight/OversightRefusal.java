package org.onetrip.oversight;

/**
 * Why an oversight action was not carried out, as a text key of the oversight bundle with the values its text
 * names (a date, say; the view translates it and shows only that) and the backend's own detail, English for
 * developers, for the log.
 */
public class OversightRefusal extends RuntimeException {

    private final String key;
    private final String detail;
    private final Object[] params;

    public OversightRefusal(String key, String detail, Object... params) {
        super(key + ": " + detail);
        this.key = key;
        this.detail = detail == null ? "" : detail;
        this.params = params.clone();
    }

    public String key() {
        return key;
    }

    public String detail() {
        return detail;
    }

    public Object[] params() {
        return params.clone();
    }
}
