package org.onetrip.enterprise.query;

import java.util.Objects;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.messaging.Message;
import org.axonframework.queryhandling.QueryHandler;
import org.onetrip.enterprise.api.CurrentAccessCodeResponse;
import org.onetrip.enterprise.api.EnterpriseCodeReissuedEvent;
import org.onetrip.enterprise.api.EnterpriseRegisteredEvent;
import org.onetrip.enterprise.api.FindCurrentAccessCodeQuery;
import org.springframework.stereotype.Component;

/**
 * An enterprise's current access code, by its own events: the search index finds the enterprise a code belongs to,
 * but learns of a new code only a moment after it is issued, and a replaced code must stop working the moment the new
 * one is handed out.
 */
@Component
public class EnterpriseAccessCodes {

    private final EventStore eventStore;

    public EnterpriseAccessCodes(EventStore eventStore) {
        this.eventStore = eventStore;
    }

    @QueryHandler
    public CurrentAccessCodeResponse handle(FindCurrentAccessCodeQuery query) {
        try (var events = eventStore.readEvents(query.enterpriseId(), 0).asStream()) {
            return new CurrentAccessCodeResponse(events.map(Message::getPayload)
                    .map(EnterpriseAccessCodes::issuedHash)
                    .filter(Objects::nonNull)
                    .reduce((earlier, later) -> later)
                    .orElse(null));
        }
    }

    private static String issuedHash(Object event) {
        if (event instanceof EnterpriseRegisteredEvent registered) {
            return registered.accessCodeHash();
        }
        return event instanceof EnterpriseCodeReissuedEvent reissued ? reissued.accessCodeHash() : null;
    }
}
