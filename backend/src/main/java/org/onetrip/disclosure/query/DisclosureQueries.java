package org.onetrip.disclosure.query;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.axonframework.queryhandling.QueryHandler;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.api.AssessmentResponse;
import org.onetrip.disclosure.api.BulletinListResponse;
import org.onetrip.disclosure.api.BulletinPublishedEvent;
import org.onetrip.disclosure.api.BulletinResponse;
import org.onetrip.disclosure.api.BulletinVerificationResponse;
import org.onetrip.disclosure.api.FindAssessmentQuery;
import org.onetrip.disclosure.api.FindBulletinVerificationQuery;
import org.onetrip.disclosure.api.FindBulletinsQuery;
import org.onetrip.disclosure.api.FindNoticesQuery;
import org.onetrip.disclosure.api.FindPublicationBatchesQuery;
import org.onetrip.disclosure.api.FindServiceItemDiffQuery;
import org.onetrip.disclosure.api.FindServiceItemQuery;
import org.onetrip.disclosure.api.FindServiceItemsQuery;
import org.onetrip.disclosure.api.LiaisonVisits;
import org.onetrip.disclosure.api.NoticeCorrectedEvent;
import org.onetrip.disclosure.api.NoticeEvent;
import org.onetrip.disclosure.api.NoticeListResponse;
import org.onetrip.disclosure.api.NoticePublishedEvent;
import org.onetrip.disclosure.api.NoticeResponse;
import org.onetrip.disclosure.api.NoticeRetractedEvent;
import org.onetrip.disclosure.api.PublicationBatchListResponse;
import org.onetrip.disclosure.api.PublicationBatchResponse;
import org.onetrip.disclosure.api.ServiceItemDiff;
import org.onetrip.disclosure.api.ServiceItemDiffResponse;
import org.onetrip.disclosure.api.ServiceItemEvent;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.disclosure.api.ServiceItemPublishedEvent;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.disclosure.query.DisclosureEntry.Type;
import org.onetrip.organisation.query.DepartmentDirectory;

/**
 * Answers disclosure questions from the event store (the registry only says what exists), so a page
 * shows the record itself: every version, every correction, every tombstone.
 */
public class DisclosureQueries {

    private final EventStore eventStore;
    private final DisclosureRegistryRepository registry;
    private final DepartmentDirectory departments;
    private final BulletinCalculator calculator;
    private final AssessmentProperties assessment;
    private final Clock clock;

    public DisclosureQueries(
            EventStore eventStore,
            DisclosureRegistryRepository registry,
            DepartmentDirectory departments,
            BulletinCalculator calculator,
            AssessmentProperties assessment,
            Clock clock) {
        this.eventStore = eventStore;
        this.registry = registry;
        this.departments = departments;
        this.calculator = calculator;
        this.assessment = assessment;
        this.clock = clock;
    }

    @QueryHandler
    public Optional<ServiceItemResponse> handle(FindServiceItemQuery query) {
        return item(query.itemCode())
                .flatMap(loaded ->
                        loaded.view().response(query.version(), query.staff(), loaded.sequence(), departments));
    }

    @QueryHandler
    public Optional<ServiceItemDiffResponse> handle(FindServiceItemDiffQuery query) {
        return item(query.itemCode()).flatMap(loaded -> {
            var from = loaded.view().version(query.fromVersion());
            var to = loaded.view().version(query.toVersion());
            if (from.isEmpty() || to.isEmpty()) {
                return Optional.empty();
            }
            return Optional.of(new ServiceItemDiffResponse(
                    query.itemCode(),
                    query.fromVersion(),
                    query.toVersion(),
                    ServiceItemDiff.between(from.get().content(), to.get().content())));
        });
    }

    @QueryHandler
    public ServiceItemListResponse handle(FindServiceItemsQuery query) {
        var entries = new ArrayList<ServiceItemListResponse.Entry>();
        for (var entry : registry.findByTypeOrderByIdAsc(Type.SERVICE_ITEM)) {
            if (!query.staff() && ServiceItemStatus.DRAFT.name().equals(entry.status())) {
                continue;
            }
            var loaded = item(entry.id());
            if (loaded.isEmpty()) {
                continue;
            }
            var view = loaded.get().view();
            var content = query.staff() ? (view.published() ? view.current() : view.draft) : view.current();
            if ((query.hallZone() != null && query.hallZone() != content.hallZone())
                    || (query.classification() != null && query.classification() != content.classification())
                    || (query.departmentCode() != null
                            && !query.departmentCode().equals(content.departmentCode()))) {
                continue;
            }
            entries.add(new ServiceItemListResponse.Entry(
                    view.code,
                    content.name(),
                    view.status,
                    view.currentVersion(),
                    content.departmentCode(),
                    departments
                            .find(content.departmentCode())
                            .map(d -> d.nameZh())
                            .orElse(null),
                    content.hallZone(),
                    content.hallZone() == null ? null : content.hallZone().label(),
                    content.classification(),
                    content.classification() == null
                            ? null
                            : content.classification().label(),
                    content.promisedTimeLimitDays(),
                    view.batchName,
                    entry.lastChangedAt()));
        }
        return new ServiceItemListResponse(entries);
    }

    @QueryHandler
    public PublicationBatchListResponse handle(FindPublicationBatchesQuery query) {
        var batches = new ArrayList<PublicationBatchResponse>();
        for (var batch : registry.findByTypeOrderByCreatedAtDesc(Type.BATCH)) {
            if (query.batchId() != null && !query.batchId().equals(batch.id())) {
                continue;
            }
            var items = new ArrayList<PublicationBatchResponse.Item>();
            String note = null;
            for (var entry : registry.findByTypeAndBatchIdOrderByIdAsc(Type.SERVICE_ITEM, batch.id())) {
                var events = events(entry.id());
                for (var message : events) {
                    if (message.getPayload() instanceof ServiceItemPublishedEvent published) {
                        note = published.batchNote();
                        items.add(new PublicationBatchResponse.Item(
                                entry.id(), published.content().name(), ServiceItemStatus.valueOf(entry.status())));
                    }
                }
            }
            batches.add(new PublicationBatchResponse(batch.id(), batch.title(), note, batch.createdAt(), items));
        }
        return new PublicationBatchListResponse(batches);
    }

    @QueryHandler
    public NoticeListResponse handle(FindNoticesQuery query) {
        var notices = new ArrayList<NoticeResponse>();
        var ids = query.noticeId() != null
                ? List.of(query.noticeId())
                : registry.findByTypeOrderByCreatedAtDesc(Type.NOTICE).stream()
                        .map(DisclosureEntry::id)
                        .toList();
        for (var id : ids) {
            notice(id).ifPresent(notices::add);
        }
        return new NoticeListResponse(notices);
    }

    @QueryHandler
    public BulletinListResponse handle(FindBulletinsQuery query) {
        var bulletins = new ArrayList<BulletinResponse>();
        var ids = query.bulletinId() != null
                ? List.of(query.bulletinId())
                : registry.findByTypeOrderByCreatedAtDesc(Type.BULLETIN).stream()
                        .map(DisclosureEntry::id)
                        .toList();
        for (var id : ids) {
            bulletin(id).ifPresent(published -> bulletins.add(response(published)));
        }
        return new BulletinListResponse(bulletins);
    }

    @QueryHandler
    public Optional<BulletinVerificationResponse> handle(FindBulletinVerificationQuery query) {
        return bulletin(query.bulletinId()).map(published -> {
            var again = calculator.compute(
                    published.periodStart(),
                    published.cutOff(),
                    published.lastEventPosition(),
                    published.calendarVersion());
            // a bulletin published before a section existed is verified on the sections it has
            var recomputed = again.figures().sectionsOf(published.figures());
            return new BulletinVerificationResponse(
                    published.bulletinId(),
                    recomputed.equals(published.figures()) && again.eventCount() == published.eventCount(),
                    published.eventCount(),
                    again.eventCount(),
                    published.figures(),
                    recomputed);
        });
    }

    @QueryHandler
    public AssessmentResponse handle(FindAssessmentQuery query) {
        var start =
                LocalDate.of(query.year(), 1, 1).atStartOfDay(WorkingDays.ZONE).toInstant();
        var end = LocalDate.of(query.year() + 1, 1, 1)
                .atStartOfDay(WorkingDays.ZONE)
                .toInstant();
        var now = clock.instant();
        var cutOff = end.isAfter(now) ? now : end;
        var weights = assessment.weights();
        var computed = calculator.compute(start, cutOff.isAfter(start) ? cutOff : start);
        var visits = computed.liaisonVisits();
        var rows = new ArrayList<>(computed.figures().departments());
        // a department whose staff owed field visits is assessed on them even without a case
        for (var code : visits.keySet()) {
            if (!code.isEmpty() && rows.stream().noneMatch(row -> code.equals(row.departmentCode()))) {
                rows.add(BulletinCalculator.emptyRow(
                        code, departments.find(code).map(d -> d.nameZh()).orElse(code)));
            }
        }
        return new AssessmentResponse(
                query.year(),
                start,
                computed.cutOff(),
                computed.lastEventPosition(),
                computed.calendarVersion(),
                weights.asMap(),
                rows.stream()
                        .map(figures -> AssessmentScores.score(
                                figures, visits.getOrDefault(figures.departmentCode(), LiaisonVisits.NONE), weights))
                        .toList());
    }

    /**
     * The public page of a service item as it was at {@code at}: only its events stamped until then,
     * replayed. Empty when the item was not yet published then.
     */
    public Optional<ServiceItemResponse> publicServiceItemAsOf(String code, Instant at) {
        return item(code, at).flatMap(loaded -> loaded.view().response(null, false, loaded.sequence(), departments));
    }

    /** A notice as the public saw it at {@code at}; empty when it was not yet published then. */
    public Optional<NoticeResponse> noticeAsOf(String id, Instant at) {
        return notice(id, at);
    }

    record LoadedItem(ServiceItemView view, long sequence) {}

    private Optional<LoadedItem> item(String code) {
        return item(code, null);
    }

    private Optional<LoadedItem> item(String code, Instant until) {
        if (code == null) {
            return Optional.empty();
        }
        var events = events(code, until);
        var itemEvents = new ArrayList<ServiceItemEvent>();
        for (var message : events) {
            if (message.getPayload() instanceof ServiceItemEvent event) {
                itemEvents.add(event);
            }
        }
        if (itemEvents.isEmpty()) {
            return Optional.empty();
        }
        return Optional.of(new LoadedItem(
                ServiceItemView.of(itemEvents), events.get(events.size() - 1).getSequenceNumber()));
    }

    private Optional<NoticeResponse> notice(String id) {
        return notice(id, null);
    }

    private Optional<NoticeResponse> notice(String id, Instant until) {
        var events = events(id, until);
        NoticePublishedEvent published = null;
        var corrections = new ArrayList<NoticeResponse.Correction>();
        NoticeResponse.Retraction retraction = null;
        String title = null;
        String body = null;
        java.time.Instant last = null;
        for (var message : events) {
            var payload = message.getPayload();
            if (!(payload instanceof NoticeEvent event)) {
                continue;
            }
            if (event instanceof NoticePublishedEvent first) {
                published = first;
                title = first.title();
                body = first.body();
                last = first.context().occurredAt();
            } else if (event instanceof NoticeCorrectedEvent corrected) {
                corrections.add(new NoticeResponse.Correction(
                        corrected.correctionNumber(),
                        corrected.context().occurredAt(),
                        corrected.reason(),
                        corrected.title(),
                        corrected.body()));
                title = corrected.title();
                body = corrected.body();
                last = corrected.context().occurredAt();
            } else if (event instanceof NoticeRetractedEvent retracted) {
                retraction = new NoticeResponse.Retraction(retracted.context().occurredAt(), retracted.reason());
                last = retracted.context().occurredAt();
            }
        }
        if (published == null) {
            return Optional.empty();
        }
        var status = retraction != null ? "RETRACTED" : corrections.isEmpty() ? "PUBLISHED" : "CORRECTED";
        return Optional.of(new NoticeResponse(
                published.noticeId(),
                published.kind(),
                published.kind().label(),
                status,
                title,
                body,
                published.departmentCode(),
                published.relatedItemCodes(),
                published.context().occurredAt(),
                last,
                events.get(events.size() - 1).getSequenceNumber(),
                new NoticeResponse.Text(published.title(), published.body()),
                corrections,
                retraction));
    }

    private Optional<BulletinPublishedEvent> bulletin(String id) {
        for (var message : events(id)) {
            if (message.getPayload() instanceof BulletinPublishedEvent published) {
                return Optional.of(published);
            }
        }
        return Optional.empty();
    }

    private static BulletinResponse response(BulletinPublishedEvent published) {
        return new BulletinResponse(
                published.bulletinId(),
                published.title(),
                published.period(),
                published.periodStart(),
                published.cutOff(),
                published.context().occurredAt(),
                published.lastEventPosition(),
                published.eventCount(),
                published.calendarVersion(),
                published.figures());
    }

    private List<? extends DomainEventMessage<?>> events(String id) {
        return events(id, null);
    }

    /** The aggregate's events, or only those stamped at or before {@code until} when it is given. */
    private List<? extends DomainEventMessage<?>> events(String id, Instant until) {
        if (id == null || id.isBlank() || id.length() > 64) {
            return List.of();
        }
        return eventStore
                .readEvents(id)
                .asStream()
                .takeWhile(event -> until == null || !event.getTimestamp().isAfter(until))
                .toList();
    }
}
