package org.onetrip.enterprise.api;

import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** A command on a registered enterprise. */
public interface EnterpriseCommand {
    String enterpriseId();

    Actor actor();

    Channel channel();
}
