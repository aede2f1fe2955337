package org.onetrip.disclosure.api;

import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** A command on an existing service item; {@code expectedVersion}, when given, guards against lost updates. */
public interface ServiceItemCommand {
    String itemCode();

    Actor actor();

    Channel channel();
}
