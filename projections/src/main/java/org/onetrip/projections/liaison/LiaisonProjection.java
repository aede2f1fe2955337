package org.onetrip.projections.liaison;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.io.IOException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.axonframework.config.ProcessingGroup;
import org.axonframework.eventhandling.DomainEventMessage;
import org.axonframework.eventhandling.EventHandler;
import org.axonframework.eventhandling.ResetHandler;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.enterprise.api.EnterpriseCodeReissuedEvent;
import org.onetrip.enterprise.api.EnterpriseContactErasedEvent;
import org.onetrip.enterprise.api.EnterpriseContactReplacedEvent;
import org.onetrip.enterprise.api.EnterpriseIssueRaisedEvent;
import org.onetrip.enterprise.api.EnterpriseLiaisonChangedEvent;
import org.onetrip.enterprise.api.EnterpriseRegisteredEvent;
import org.onetrip.enterprise.api.EnterpriseRevisedEvent;
import org.onetrip.enterprise.api.EnterpriseVisitLoggedEvent;
import org.onetrip.grid.api.GridCadre;
import org.onetrip.grid.api.GridCadreAssignedEvent;
import org.onetrip.grid.api.GridCadreReleasedEvent;
import org.onetrip.grid.api.GridDefinedEvent;
import org.onetrip.grid.api.GridRevisedEvent;
import org.onetrip.grid.api.GridVisitIssueRaisedEvent;
import org.onetrip.grid.api.GridVisitLoggedEvent;
import org.onetrip.projections.support.BulkWriter;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.support.SearchUnavailableException;

/**
 * The read side of "网格走访，企业联点" (四.四), built from grid and enterprise events only: grids with their
 * posts and post history, grid visits, the enterprise register and the enterprises' work ledgers. Every
 * document records the aggregate sequence of the last event folded into it and is written with that
 * sequence + 1 as external version, so a redelivered or replayed event can never duplicate or roll back
 * a document. A case raised from a visit is linked by id; its progress is read from the case index.
 */
@ProcessingGroup(LiaisonProjection.PROCESSING_GROUP)
public class LiaisonProjection {

    public static final String PROCESSING_GROUP = "liaison";
    private static final int REMEMBERED = 5_000;

    private final ElasticsearchClient client;
    private final LiaisonIndices indices;
    private final BulkWriter writer;
    private final Map<String, Object> recent = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Object> eldest) {
            return size() > REMEMBERED;
        }
    });

    public LiaisonProjection(ElasticsearchClient client, LiaisonIndices indices) {
        this.client = client;
        this.indices = indices;
        // a failed batch may have folded events into remembered documents that never reached the index
        this.writer = new BulkWriter(client, recent::clear);
    }

    public LiaisonIndices indices() {
        return indices;
    }

    @ResetHandler
    void reset() {
        recent.clear();
    }

    // ---- grids

    @EventHandler
    void on(GridDefinedEvent event, DomainEventMessage<?> message) {
        grid(event.gridId(), message, true, doc -> {
            doc.gridId = event.gridId();
            doc.name = event.name();
            doc.villageDepartmentCode = event.villageDepartmentCode();
            doc.area = event.area();
            doc.definedAt = event.context().occurredAt();
        });
    }

    @EventHandler
    void on(GridRevisedEvent event, DomainEventMessage<?> message) {
        grid(event.gridId(), message, false, doc -> {
            doc.name = event.name();
            doc.area = event.area();
        });
    }

    @EventHandler
    void on(GridCadreAssignedEvent event, DomainEventMessage<?> message) {
        grid(event.gridId(), message, false, doc -> {
            var cadre = event.cadre();
            doc.posts.removeIf(post -> post.role() == cadre.role());
            doc.posts.add(cadre);
            doc.posts.sort(java.util.Comparator.comparing(GridCadre::role));
            doc.tenures.add(new GridDocument.Tenure(
                    cadre.role(),
                    cadre.personId(),
                    cadre.name(),
                    cadre.departmentCode(),
                    day(event.context().occurredAt()),
                    null));
            doc.cadrePersonIds =
                    doc.posts.stream().map(GridCadre::personId).collect(Collectors.toCollection(ArrayList::new));
        });
    }

    @EventHandler
    void on(GridCadreReleasedEvent event, DomainEventMessage<?> message) {
        grid(event.gridId(), message, false, doc -> {
            var cadre = event.cadre();
            doc.posts.removeIf(
                    post -> post.role() == cadre.role() && post.personId().equals(cadre.personId()));
            var released = day(event.context().occurredAt());
            for (int i = 0; i < doc.tenures.size(); i++) {
                var tenure = doc.tenures.get(i);
                if (tenure.until() == null
                        && tenure.role() == cadre.role()
                        && tenure.personId().equals(cadre.personId())) {
                    doc.tenures.set(
                            i,
                            new GridDocument.Tenure(
                                    tenure.role(),
                                    tenure.personId(),
                                    tenure.name(),
                                    tenure.departmentCode(),
                                    tenure.from(),
                                    released));
                }
            }
            doc.cadrePersonIds =
                    doc.posts.stream().map(GridCadre::personId).collect(Collectors.toCollection(ArrayList::new));
        });
    }

    @EventHandler
    void on(GridVisitLoggedEvent event, DomainEventMessage<?> message) {
        long sequence = message.getSequenceNumber();
        var gridName = new String[1];
        var village = new String[1];
        grid(event.gridId(), message, false, doc -> {
            doc.visits++;
            if (doc.lastVisitOn == null || event.visitedOn().isAfter(doc.lastVisitOn)) {
                doc.lastVisitOn = event.visitedOn();
            }
            gridName[0] = doc.name;
            village[0] = doc.villageDepartmentCode;
        });
        var visit =
                document(indices.gridVisits(), event.visitId(), GridVisitDocument.class, true, GridVisitDocument::new);
        if (visit.sequence >= sequence) {
            return;
        }
        visit.visitId = event.visitId();
        visit.gridId = event.gridId();
        visit.gridName = gridName[0];
        visit.villageDepartmentCode = village[0];
        visit.cadreRole = event.cadre().role();
        visit.cadrePersonId = event.cadre().personId();
        visit.cadreName = event.cadre().name();
        visit.cadreDepartmentCode = event.cadre().departmentCode();
        visit.visitedOn = event.visitedOn();
        visit.month = YearMonth.from(event.visitedOn()).toString();
        visit.place = event.place();
        visit.households = event.households();
        visit.enterprises = event.enterprises();
        visit.visitedWho = event.visitedWho();
        visit.note = event.note();
        visit.issues = new ArrayList<>(event.issues().stream()
                .map(issue -> new GridVisitDocument.Issue(
                        issue.number(),
                        issue.summary(),
                        issue.details(),
                        issue.resolvedOnSite(),
                        issue.resolution(),
                        issue.category(),
                        issue.concernedDepartmentCode(),
                        null,
                        null,
                        null))
                .toList());
        visit.issueText = event.issues().stream()
                .map(issue -> issue.summary() + (issue.details() == null ? "" : " " + issue.details()))
                .collect(Collectors.joining("\n"));
        visit.loggedAt = event.context().occurredAt();
        write(indices.gridVisits(), visit.visitId, visit, sequence, v -> {
            v.sequence = sequence;
            v.lastChangedAt = event.context().occurredAt();
        });
    }

    @EventHandler
    void on(GridVisitIssueRaisedEvent event, DomainEventMessage<?> message) {
        long sequence = message.getSequenceNumber();
        var visit =
                document(indices.gridVisits(), event.visitId(), GridVisitDocument.class, false, GridVisitDocument::new);
        if (visit.sequence >= sequence || visit.visitId == null) {
            return;
        }
        visit.issues.replaceAll(issue -> issue.number() == event.issueNumber()
                ? issue.raised(event.caseId(), event.context().occurredAt(), event.reason())
                : issue);
        if (!visit.caseIds.contains(event.caseId())) {
            visit.caseIds.add(event.caseId());
        }
        write(indices.gridVisits(), visit.visitId, visit, sequence, v -> {
            v.sequence = sequence;
            v.lastChangedAt = event.context().occurredAt();
        });
    }

    // ---- enterprises

    @EventHandler
    void on(EnterpriseRegisteredEvent event, DomainEventMessage<?> message) {
        enterprise(event.enterpriseId(), message, true, doc -> {
            doc.enterpriseId = event.enterpriseId();
            doc.name = event.name();
            doc.sector = event.sector();
            doc.park = event.park();
            doc.liaisonPersonId = event.liaison().personId();
            doc.liaisonName = event.liaison().name();
            doc.liaisonDepartmentCode = event.liaison().departmentCode();
            doc.hasContact = event.contact() != null;
            doc.accessCodeHash = event.accessCodeHash();
            doc.registeredAt = event.context().occurredAt();
        });
    }

    @EventHandler
    void on(EnterpriseRevisedEvent event, DomainEventMessage<?> message) {
        enterprise(event.enterpriseId(), message, false, doc -> {
            doc.name = event.name();
            doc.sector = event.sector();
            doc.park = event.park();
        });
    }

    @EventHandler
    void on(EnterpriseLiaisonChangedEvent event, DomainEventMessage<?> message) {
        enterprise(event.enterpriseId(), message, false, doc -> {
            doc.liaisonPersonId = event.to().personId();
            doc.liaisonName = event.to().name();
            doc.liaisonDepartmentCode = event.to().departmentCode();
        });
    }

    @EventHandler
    void on(EnterpriseCodeReissuedEvent event, DomainEventMessage<?> message) {
        enterprise(event.enterpriseId(), message, false, doc -> doc.accessCodeHash = event.accessCodeHash());
    }

    @EventHandler
    void on(EnterpriseContactReplacedEvent event, DomainEventMessage<?> message) {
        enterprise(event.enterpriseId(), message, false, doc -> {
            doc.hasContact = true;
            doc.contactErased = false;
        });
    }

    @EventHandler
    void on(EnterpriseContactErasedEvent event, DomainEventMessage<?> message) {
        enterprise(event.enterpriseId(), message, false, doc -> {
            doc.hasContact = false;
            doc.contactErased = true;
        });
    }

    @EventHandler
    void on(EnterpriseVisitLoggedEvent event, DomainEventMessage<?> message) {
        long sequence = message.getSequenceNumber();
        var snapshot = new EnterpriseDocument[1];
        enterprise(event.enterpriseId(), message, false, doc -> {
            doc.visits++;
            if (doc.lastVisitOn == null || event.visitedOn().isAfter(doc.lastVisitOn)) {
                doc.lastVisitOn = event.visitedOn();
            }
            var month = YearMonth.from(event.visitedOn()).toString();
            if (!doc.visitMonths.contains(month)) {
                doc.visitMonths.add(month);
                Collections.sort(doc.visitMonths);
            }
            snapshot[0] = doc;
        });
        var visit = document(
                indices.enterpriseVisits(),
                event.visitId(),
                EnterpriseVisitDocument.class,
                true,
                EnterpriseVisitDocument::new);
        if (visit.sequence >= sequence) {
            return;
        }
        var enterprise = snapshot[0];
        visit.visitId = event.visitId();
        visit.enterpriseId = event.enterpriseId();
        if (enterprise != null) {
            visit.enterpriseName = enterprise.name;
            visit.sector = enterprise.sector;
            visit.park = enterprise.park;
        }
        visit.liaisonPersonId = event.liaison().personId();
        visit.liaisonName = event.liaison().name();
        visit.liaisonDepartmentCode = event.liaison().departmentCode();
        visit.visitedOn = event.visitedOn();
        visit.month = YearMonth.from(event.visitedOn()).toString();
        visit.participants = event.participants();
        visit.situation = event.situation();
        visit.issues = new ArrayList<>(event.issues().stream()
                .map(issue -> new EnterpriseVisitDocument.Issue(
                        issue.number(),
                        issue.type(),
                        issue.summary(),
                        issue.details(),
                        issue.resolvedOnSite(),
                        issue.resolution(),
                        null))
                .toList());
        visit.issueTypes = new ArrayList<>(
                event.issues().stream().map(i -> i.type()).distinct().toList());
        visit.issueText = event.issues().stream()
                .map(issue -> issue.summary() + (issue.details() == null ? "" : " " + issue.details()))
                .collect(Collectors.joining("\n"));
        visit.loggedAt = event.context().occurredAt();
        write(indices.enterpriseVisits(), visit.visitId, visit, sequence, v -> {
            v.sequence = sequence;
            v.lastChangedAt = event.context().occurredAt();
        });
    }

    @EventHandler
    void on(EnterpriseIssueRaisedEvent event, DomainEventMessage<?> message) {
        long sequence = message.getSequenceNumber();
        enterprise(event.enterpriseId(), message, false, doc -> doc.requests++);
        var visit = document(
                indices.enterpriseVisits(),
                event.visitId(),
                EnterpriseVisitDocument.class,
                false,
                EnterpriseVisitDocument::new);
        if (visit.sequence >= sequence || visit.visitId == null) {
            return;
        }
        visit.issues.replaceAll(issue -> issue.number() == event.issueNumber() ? issue.raised(event.caseId()) : issue);
        if (!visit.caseIds.contains(event.caseId())) {
            visit.caseIds.add(event.caseId());
        }
        write(indices.enterpriseVisits(), visit.visitId, visit, sequence, v -> {
            v.sequence = sequence;
            v.lastChangedAt = event.context().occurredAt();
        });
    }

    // ---- folding

    private void grid(String gridId, DomainEventMessage<?> message, boolean first, Consumer<GridDocument> change) {
        long sequence = message.getSequenceNumber();
        var doc = document(indices.grids(), gridId, GridDocument.class, first && sequence == 0, GridDocument::new);
        if (doc.sequence >= sequence || (!first && doc.gridId == null)) {
            return;
        }
        change.accept(doc);
        var at = ((org.onetrip.grid.api.GridEvent) message.getPayload())
                .context()
                .occurredAt();
        write(indices.grids(), gridId, doc, sequence, d -> {
            d.sequence = sequence;
            d.lastChangedAt = at;
        });
    }

    private void enterprise(
            String enterpriseId, DomainEventMessage<?> message, boolean first, Consumer<EnterpriseDocument> change) {
        long sequence = message.getSequenceNumber();
        var doc = document(
                indices.enterprises(),
                enterpriseId,
                EnterpriseDocument.class,
                first && sequence == 0,
                EnterpriseDocument::new);
        if (doc.sequence >= sequence || (!first && doc.enterpriseId == null)) {
            return;
        }
        change.accept(doc);
        var at = ((org.onetrip.enterprise.api.EnterpriseEvent) message.getPayload())
                .context()
                .occurredAt();
        write(indices.enterprises(), enterpriseId, doc, sequence, d -> {
            d.sequence = sequence;
            d.lastChangedAt = at;
        });
    }

    private <T> void write(ProjectionIndex index, String id, T doc, long sequence, Consumer<T> stamp) {
        stamp.accept(doc);
        writer.index(index.writeAlias(), id, sequence + 1, doc);
    }

    /** The remembered document, or the one in the index, or (for a first event) a new one. */
    private <T> T document(ProjectionIndex index, String id, Class<T> type, boolean fresh, Supplier<T> create) {
        var key = index.readAlias() + "/" + id;
        @SuppressWarnings("unchecked")
        T doc = (T) recent.computeIfAbsent(key, k -> fresh ? create.get() : load(index, id, type, create));
        return doc;
    }

    private <T> T load(ProjectionIndex index, String id, Class<T> type, Supplier<T> create) {
        try {
            var found = client.get(g -> g.index(index.writeAlias()).id(id), type);
            return found.found() && found.source() != null ? found.source() : create.get();
        } catch (IOException e) {
            throw new SearchUnavailableException("cannot read " + id + " back from " + index.readAlias(), e);
        }
    }

    static LocalDate day(Instant at) {
        return LocalDate.ofInstant(at, WorkingDayCalendar.ZONE);
    }
}
