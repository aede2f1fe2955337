package org.onetrip.projections.disclosure;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.axonframework.eventhandling.SequenceNumber;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.disclosure.api.BulletinPublishedEvent;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.disclosure.api.DisclosureEvent;
import org.onetrip.disclosure.api.NoticeCorrectedEvent;
import org.onetrip.disclosure.api.NoticePublishedEvent;
import org.onetrip.disclosure.api.NoticeRetractedEvent;
import org.onetrip.disclosure.api.RequiredMaterial;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.disclosure.api.ServiceItemPublishedEvent;
import org.onetrip.disclosure.api.ServiceItemRevisedEvent;
import org.onetrip.disclosure.api.ServiceItemWithdrawnEvent;
import org.onetrip.projections.support.BulkWriter;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.support.SearchUnavailableException;

/**
 * Builds the public disclosure index from events only: one document per published service item
 * (its current version; withdrawn items stay, marked) and per published notice (current text,
 * corrections appended, retraction marked) and per published monthly bulletin (title, period,
 * departments reported on, headline figures; a bulletin never changes). Draft events are not handled,
 * so drafts never reach the index. Writes carry the aggregate sequence + 1 as external version; a redelivered older event is
 * neither folded in nor allowed to replace the stored document.
 */
@ProcessingGroup(DisclosureSearchProjection.PROCESSING_GROUP)
public class DisclosureSearchProjection {

    public static final String PROCESSING_GROUP = "disclosure-search";
    private static final int REMEMBERED_DOCUMENTS = 10_000;

    private final ElasticsearchClient client;
    private final ProjectionIndex index;
    private final BulkWriter writer;
    private final Map<String, DisclosureDocument> recent =
            Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
                @Override
                protected boolean removeEldestEntry(Map.Entry<String, DisclosureDocument> eldest) {
                    return size() > REMEMBERED_DOCUMENTS;
                }
            });

    public DisclosureSearchProjection(ElasticsearchClient client, ProjectionIndex index) {
        this.client = client;
        this.index = index;
        // a failed batch may have folded events into remembered documents that never reached the index
        this.writer = new BulkWriter(client, recent::clear);
    }

    @EventHandler
    void on(ServiceItemPublishedEvent event, @SequenceNumber long sequence) {
        fold(DisclosureType.SERVICE_ITEM, event.itemCode(), event, sequence, true, doc -> {
            doc.publishedAt = event.context().occurredAt();
            applyContent(doc, event.version(), event.content());
        });
    }

    @EventHandler
    void on(ServiceItemRevisedEvent event, @SequenceNumber long sequence) {
        fold(
                DisclosureType.SERVICE_ITEM,
                event.itemCode(),
                event,
                sequence,
                false,
                doc -> applyContent(doc, event.version(), event.content()));
    }

    @EventHandler
    void on(ServiceItemWithdrawnEvent event, @SequenceNumber long sequence) {
        fold(DisclosureType.SERVICE_ITEM, event.itemCode(), event, sequence, false, doc -> {
            doc.withdrawn = true;
            doc.withdrawalReason = event.reason();
        });
    }

    @EventHandler
    void on(NoticePublishedEvent event, @SequenceNumber long sequence) {
        fold(DisclosureType.NOTICE, event.noticeId(), event, sequence, true, doc -> {
            doc.publishedAt = event.context().occurredAt();
            doc.noticeKind = event.kind() == null ? null : event.kind().name();
            doc.title = event.title();
            doc.body = event.body();
            doc.departmentCode = event.departmentCode();
        });
    }

    @EventHandler
    void on(NoticeCorrectedEvent event, @SequenceNumber long sequence) {
        fold(DisclosureType.NOTICE, event.noticeId(), event, sequence, false, doc -> {
            if (event.title() != null && !event.title().isBlank()) {
                doc.title = event.title();
            }
            if (event.body() != null) {
                doc.body = event.body();
            }
            doc.correctionCount = Math.max(doc.correctionCount, event.correctionNumber());
            doc.corrections.add("更正" + event.correctionNumber() + "（" + nullToEmpty(event.reason()) + "）："
                    + nullToEmpty(event.title()) + "\n" + nullToEmpty(event.body()));
        });
    }

    @EventHandler
    void on(NoticeRetractedEvent event, @SequenceNumber long sequence) {
        fold(DisclosureType.NOTICE, event.noticeId(), event, sequence, false, doc -> {
            doc.retracted = true;
            doc.retractionReason = event.reason();
        });
    }

    @EventHandler
    void on(BulletinPublishedEvent event, @SequenceNumber long sequence) {
        fold(DisclosureType.BULLETIN, event.bulletinId(), event, sequence, true, doc -> {
            doc.publishedAt = event.context().occurredAt();
            doc.title = event.title();
            doc.period = event.period() == null ? null : event.period().toString();
            doc.cutOff = event.cutOff();
            doc.calendarVersion = event.calendarVersion();
            var figures = event.figures();
            doc.departmentNames = figures == null
                    ? new ArrayList<>()
                    : new ArrayList<>(figures.departments().stream()
                            .filter(DepartmentFigures::hasActivity)
                            .map(DepartmentFigures::departmentName)
                            .toList());
            var totals = figures == null ? null : figures.totals();
            if (totals != null) {
                doc.received = totals.received();
                doc.answered = totals.answered();
                doc.onTimeRate = totals.onTimeRate();
                doc.satisfactionRate = totals.satisfactionRate();
            }
            doc.body = summary(event, totals);
        });
    }

    /** The headline figures as a sentence, so "2026年10月" or "满意率" find the bulletin. */
    private static String summary(BulletinPublishedEvent event, DepartmentFigures totals) {
        var text = new StringBuilder();
        if (event.period() != null) {
            text.append(event.period().getYear())
                    .append("年")
                    .append(event.period().getMonthValue())
                    .append("月");
        }
        text.append("定期通报");
        if (totals != null) {
            text.append("：受理")
                    .append(totals.received())
                    .append("件，办结")
                    .append(totals.answered())
                    .append("件，按期办结率")
                    .append(rate(totals.onTimeRate()))
                    .append("，群众满意率")
                    .append(rate(totals.satisfactionRate()))
                    .append("，督办")
                    .append(totals.supervisions())
                    .append("件，问责")
                    .append(totals.accountabilities())
                    .append("次。");
        }
        return text.toString();
    }

    private static String rate(Double percent) {
        return percent == null ? "无数据" : BulletinFigures.number(percent) + "%";
    }

    @ResetHandler
    void reset() {
        recent.clear();
    }

    public ProjectionIndex index() {
        return index;
    }

    private void fold(
            DisclosureType type,
            String code,
            DisclosureEvent event,
            long sequence,
            boolean publication,
            Consumer<DisclosureDocument> change) {
        var id = type.documentId(code);
        var doc = recent.computeIfAbsent(id, key -> load(type, code));
        if (doc.alreadyFolded(sequence) || (!publication && !doc.published())) {
            return;
        }
        change.accept(doc);
        doc.sequence = sequence;
        doc.lastChangedAt = event.context().occurredAt();
        writer.index(index.writeAlias(), id, sequence + 1, doc);
    }

    private static void applyContent(DisclosureDocument doc, int version, ServiceItemContent content) {
        doc.version = version;
        if (content == null) {
            return;
        }
        doc.name = content.name();
        doc.scope = content.scope();
        doc.departmentCode = content.departmentCode();
        doc.hallZone = content.hallZone() == null ? null : content.hallZone().name();
        doc.hallZoneLabel =
                content.hallZone() == null ? null : content.hallZone().label();
        doc.classification = content.classification() == null
                ? null
                : content.classification().name();
        doc.classificationLabel = content.classification() == null
                ? null
                : content.classification().label();
        doc.conditions = new ArrayList<>(content.conditions());
        doc.materials = new ArrayList<>(
                content.materials().stream().map(RequiredMaterial::describe).toList());
    }

    private static String nullToEmpty(String text) {
        return text == null ? "" : text;
    }

    private DisclosureDocument load(DisclosureType type, String code) {
        var id = type.documentId(code);
        try {
            var found = client.get(g -> g.index(index.writeAlias()).id(id), DisclosureDocument.class);
            return found.found() && found.source() != null ? found.source() : new DisclosureDocument(type, code);
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read disclosure " + id + " back from the index", e);
        }
    }
}
