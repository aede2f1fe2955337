package org.onetrip.audit.query;

import java.time.Instant;
import java.util.Optional;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.onetrip.audit.api.NoticeAsOfResponse;
import org.onetrip.audit.api.ServiceItemAsOfResponse;
import org.onetrip.disclosure.api.NoticeEvent;
import org.onetrip.disclosure.api.ServiceItemEvent;
import org.onetrip.disclosure.query.DisclosureQueries;
import org.springframework.stereotype.Component;

/**
 * The public page of a service item or notice as it was at an instant, replayed from the event store
 * by the same code that builds today's page, so the two can only differ by the events after it.
 */
@Component
public class DisclosureAsOf {

    static final int MAX_ID_LENGTH = 64;

    private final EventStore eventStore;
    private final DisclosureQueries queries;

    public DisclosureAsOf(EventStore eventStore, DisclosureQueries queries) {
        this.eventStore = eventStore;
        this.queries = queries;
    }

    /** Empty when there is no such service item at all (a case or notice id is no service item). */
    public Optional<ServiceItemAsOfResponse> serviceItem(String code, Instant at) {
        if (!firstEventIs(code, ServiceItemEvent.class)) {
            return Optional.empty();
        }
        var page = queries.publicServiceItemAsOf(code, at);
        return Optional.of(new ServiceItemAsOfResponse(code, at, page.isPresent(), page.orElse(null)));
    }

    /** Empty when there is no such notice at all. */
    public Optional<NoticeAsOfResponse> notice(String noticeId, Instant at) {
        if (!firstEventIs(noticeId, NoticeEvent.class)) {
            return Optional.empty();
        }
        var page = queries.noticeAsOf(noticeId, at);
        return Optional.of(new NoticeAsOfResponse(noticeId, at, page.isPresent(), page.orElse(null)));
    }

    private boolean firstEventIs(String id, Class<?> type) {
        if (id == null || id.isBlank() || id.length() > MAX_ID_LENGTH) {
            return false;
        }
        try (var events = eventStore.readEvents(id).asStream()) {
            return events.findFirst()
                    .map(first -> type.isInstance(first.getPayload()))
                    .orElse(false);
        }
    }
}
