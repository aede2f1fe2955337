package org.onetrip.projections.support;

/** Elasticsearch could not be reached or refused a write; the projection retries the batch. */
public class SearchUnavailableException extends RuntimeException {
    public SearchUnavailableException(String message, Throwable cause) {
        super(message, cause);
    }

    public SearchUnavailableException(String message) {
        super(message);
    }
}
