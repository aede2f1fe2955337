package org.onetrip.grid.api;

import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** A command on an existing grid. */
public interface GridCommand {
    String gridId();

    Actor actor();

    Channel channel();
}
