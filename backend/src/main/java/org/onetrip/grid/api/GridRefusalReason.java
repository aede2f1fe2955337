package org.onetrip.grid.api;

public enum GridRefusalReason {
    ROLE_NOT_ALLOWED,
    NOT_A_CADRE_OF_THE_GRID,
    ALREADY_IN_THE_GRID,
    POST_EMPTY,
    ALREADY_IN_THE_POST,
    UNKNOWN_VISIT,
    UNKNOWN_ISSUE,
    ALREADY_RAISED,
    NO_CHANGE,
    NORM_IN_THE_PAST,
    GRID_EXISTS
}
