package org.onetrip.grid.api;

/** A refusal that cannot be recorded on a grid: drawing one, or setting the norm, without the right. */
public class GridRefusedException extends RuntimeException {

    private final GridRefusalReason reason;

    public GridRefusedException(GridRefusalReason reason, String detail) {
        super(detail);
        this.reason = reason;
    }

    public GridRefusalReason reason() {
        return reason;
    }
}
