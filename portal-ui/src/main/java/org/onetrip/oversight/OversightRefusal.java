package org.onetrip.oversight;

/**
 * Why an oversight action was not carried out, as a text key of the oversight bundle (the view
 * translates it and shows only that) and the backend's own detail, English for developers, for the log.
 */
public class OversightRefusal extends RuntimeException {

    private final String key;
    private final String detail;

    public OversightRefusal(String key, String detail) {
        super(key + ": " + detail);
        this.key = key;
        this.detail = detail == null ? "" : detail;
    }

    public String key() {
        return key;
    }

    public String detail() {
        return detail;
    }
}
