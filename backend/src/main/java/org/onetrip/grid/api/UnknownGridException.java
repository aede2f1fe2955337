package org.onetrip.grid.api;

/** No grid has this id. */
public class UnknownGridException extends RuntimeException {

    public UnknownGridException(String gridId) {
        super("no grid " + gridId);
    }
}
