package org.onetrip.cases.api;

/** The five levels of the 好差评 scheme. */
public enum Rating {
    VERY_SATISFIED,
    SATISFIED,
    BASICALLY_SATISFIED,
    DISSATISFIED,
    VERY_DISSATISFIED;

    public boolean isBad() {
        return this == DISSATISFIED || this == VERY_DISSATISFIED;
    }
}
