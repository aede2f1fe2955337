package org.onetrip.integrity.api;

public class IntegrityCheckpointRejectedException extends RuntimeException {
    public IntegrityCheckpointRejectedException(String message) {
        super(message);
    }
}
