package org.onetrip.grid.api;

/** Every visit norm set so far, in order; answered from the events with {@link GridVisitNormsResponse}. */
public record FindGridVisitNormsQuery() {}
