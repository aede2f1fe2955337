package org.onetrip.grid.api;

/** The one aggregate that holds the township's visit norm. */
public final class GridVisitNorms {

    /** The id of the norm's aggregate. */
    public static final String ID = "grid-visit-norm";

    private GridVisitNorms() {}
}
