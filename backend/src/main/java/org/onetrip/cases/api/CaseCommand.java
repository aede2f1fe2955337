package org.onetrip.cases.api;

import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;

/** A command on an existing case; {@code expectedVersion}, when given, guards against lost updates. */
public interface CaseCommand {
    String caseId();

    Actor actor();

    Channel channel();

    Long expectedVersion();
}
