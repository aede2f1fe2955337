package org.onetrip.grid.api;

import org.onetrip.shared.api.EventContext;

/** Every fact about a grid, its cadres and its visits names the grid and carries its provenance. */
public interface GridEvent {
    String gridId();

    EventContext context();
}
