package org.onetrip.projections.liaison;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAnsweredEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseOrigin;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.enterprise.api.AccessCodes;
import org.onetrip.enterprise.api.EnterpriseCodeReissuedEvent;
import org.onetrip.enterprise.api.EnterpriseContactErasedEvent;
import org.onetrip.enterprise.api.EnterpriseIssueRaisedEvent;
import org.onetrip.enterprise.api.EnterpriseIssueType;
import org.onetrip.enterprise.api.EnterpriseRegisteredEvent;
import org.onetrip.enterprise.api.EnterpriseSector;
import org.onetrip.enterprise.api.EnterpriseVisitLoggedEvent;
import org.onetrip.enterprise.api.LiaisonCadre;
import org.onetrip.enterprise.api.LoggedLedgerIssue;
import org.onetrip.grid.api.GridCadre;
import org.onetrip.grid.api.GridCadreAssignedEvent;
import org.onetrip.grid.api.GridCadreReleasedEvent;
import org.onetrip.grid.api.GridCadreRole;
import org.onetrip.grid.api.GridCompliance;
import org.onetrip.grid.api.GridDefinedEvent;
import org.onetrip.grid.api.GridVisitIssueRaisedEvent;
import org.onetrip.grid.api.GridVisitLoggedEvent;
import org.onetrip.grid.api.LoggedIssue;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.projections.cases.CaseIndexForTests;
import org.onetrip.projections.cases.CaseProgress;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.testing.SearchNode;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;

/** The liaison read side, fed with events and asked the questions the screens ask. */
class LiaisonProjectionTest {

    static final Instant MARCH_2 = Instant.parse("2026-03-02T02:00:00Z");
    static final Actor MANAGER = new Actor("zhao.lei", Role.HANDLER, "dangzhengban");
    static final GridCadre LEADER = new GridCadre(GridCadreRole.LIAISON_LEADER, "zhao.lei", "赵磊", "dangzhengban");
    static final GridCadre CADRE = new GridCadre(GridCadreRole.GRID_CADRE, "sun.hong", "孙红", "minzheng");
    static final GridCadre VILLAGE = new GridCadre(GridCadreRole.VILLAGE_CADRE, "handler.v-sidian", "村干部", "v-sidian");
    static final LiaisonCadre QIAN = new LiaisonCadre("qian.feng", "钱峰", "xiangmu");
    static final ReceiptCode CODE = ReceiptCode.generate();

    ElasticsearchClient client = SearchNode.client();
    LiaisonIndices indices;
    LiaisonProjection projection;
    CaseIndexForTests cases;
    GridSearch grids;
    EnterpriseSearch enterprises;
    final Map<String, Long> sequences = new HashMap<>();
    /** Codes the enterprise's own events have replaced, whatever the index says. */
    final java.util.Set<ReceiptCode> replacedCodes = new java.util.HashSet<>();

    @BeforeEach
    void freshIndices() {
        var prefix = SearchNode.uniquePrefix("liaison");
        indices = new LiaisonIndices(
                index(prefix + "-grids", "grids"),
                index(prefix + "-grid-visits", "grid-visits"),
                index(prefix + "-enterprises", "enterprises"),
                index(prefix + "-enterprise-visits", "enterprise-visits"));
        indices.ensureExist();
        projection = new LiaisonProjection(client, indices);
        cases = new CaseIndexForTests(client);
        var lookup = new CaseProgress.Lookup(client, cases.readAlias());
        grids = new GridSearch(
                client, indices.grids().readAlias(), indices.gridVisits().readAlias(), lookup);
        enterprises = new EnterpriseSearch(
                client,
                indices.enterprises().readAlias(),
                indices.enterpriseVisits().readAlias(),
                lookup,
                (enterpriseId, code) -> !replacedCodes.contains(code));
    }

    ProjectionIndex index(String name, String definition) {
        return new ProjectionIndex(client, name, "projections/" + definition + "-index.json", Clock.systemUTC());
    }

    static EventContext at(Actor actor, Instant when) {
        return new EventContext("e-" + when.toEpochMilli(), actor, Channel.WORKBENCH, when);
    }

    static Actor actor(GridCadre cadre) {
        return new Actor(cadre.personId(), Role.HANDLER, cadre.departmentCode());
    }

    /** Feeds events of one aggregate with consecutive sequence numbers, as the store would. */
    void feed(String aggregate, String id, Object... events) {
        for (var event : events) {
            long sequence = sequences.merge(id, 1L, Long::sum) - 1;
            deliver(aggregate, id, sequence, event);
        }
        refresh();
    }

    void deliver(String aggregate, String id, long sequence, Object event) {
        var message = new GenericDomainEventMessage<>(aggregate, id, sequence, event);
        if (event instanceof GridDefinedEvent e) {
            projection.on(e, message);
        } else if (event instanceof GridCadreAssignedEvent e) {
            projection.on(e, message);
        } else if (event instanceof GridCadreReleasedEvent e) {
            projection.on(e, message);
        } else if (event instanceof GridVisitLoggedEvent e) {
            projection.on(e, message);
        } else if (event instanceof GridVisitIssueRaisedEvent e) {
            projection.on(e, message);
        } else if (event instanceof EnterpriseRegisteredEvent e) {
            projection.on(e, message);
        } else if (event instanceof EnterpriseCodeReissuedEvent e) {
            projection.on(e, message);
        } else if (event instanceof EnterpriseContactErasedEvent e) {
            projection.on(e, message);
        } else if (event instanceof EnterpriseVisitLoggedEvent e) {
            projection.on(e, message);
        } else if (event instanceof EnterpriseIssueRaisedEvent e) {
            projection.on(e, message);
        } else {
            throw new IllegalArgumentException("not fed here: " + event);
        }
    }

    void refresh() {
        indices.all().forEach(ProjectionIndex::refresh);
    }

    List<Object> staffedGrid() {
        return List.of(
                new GridDefinedEvent("sidian-1", at(MANAGER, MARCH_2), "泗店村一网格", "v-sidian", "一组、二组"),
                new GridCadreAssignedEvent("sidian-1", at(MANAGER, MARCH_2), LEADER, null),
                new GridCadreAssignedEvent("sidian-1", at(MANAGER, MARCH_2), CADRE, null),
                new GridCadreAssignedEvent("sidian-1", at(MANAGER, MARCH_2), VILLAGE, null));
    }

    GridVisitLoggedEvent visit(GridCadre cadre, String visitId, String on, LoggedIssue... issues) {
        var day = LocalDate.parse(on);
        return new GridVisitLoggedEvent(
                "sidian-1",
                at(actor(cadre), day.atTime(9, 0).toInstant(java.time.ZoneOffset.ofHours(8))),
                visitId,
                cadre,
                day,
                "泗店村一组",
                5,
                0,
                "李大爷等",
                null,
                Arrays.asList(issues));
    }

    static List<CaseEvent> linkedCase(String caseId, CaseOrigin origin, String department, boolean answered) {
        var events = new ArrayList<CaseEvent>();
        var actor = new Actor("sun.hong", Role.HANDLER, "minzheng");
        var intake = new Actor("zhang.min", Role.INTAKE, "bianmin");
        events.add(new CaseFiledEvent(
                caseId,
                new EventContext(caseId + "-1", actor, Channel.VISIT, MARCH_2.plusSeconds(7200)),
                ReceiptCode.generate().value(),
                origin.source().kind(),
                CaseCategory.OTHER,
                "路灯不亮",
                "村东路灯坏了",
                null,
                null,
                FiledComplainant.NONE,
                origin));
        events.add(new CaseAcceptedEvent(
                caseId, new EventContext(caseId + "-2", intake, Channel.WORKBENCH, MARCH_2.plusSeconds(7300)), null));
        events.add(new CaseAssignedEvent(
                caseId,
                new EventContext(caseId + "-3", intake, Channel.WORKBENCH, MARCH_2.plusSeconds(7400)),
                department,
                null,
                LocalDate.parse("2026-03-16"),
                10,
                2,
                DeadlineBasis.FIRST_ASSIGNMENT,
                null));
        if (answered) {
            events.add(new CaseAnsweredEvent(
                    caseId,
                    new EventContext(
                            caseId + "-4",
                            new Actor("handler." + department, Role.HANDLER, department),
                            Channel.WORKBENCH,
                            MARCH_2.plusSeconds(86400)),
                    department,
                    "已协调供电所，三月底前增容。"));
        }
        return events;
    }

    // ---- grids

    @Test
    void a_grid_shows_its_posts_and_who_held_them_and_a_cadre_finds_the_grids_of_their_own() {
        feed("Grid", "sidian-1", staffedGrid().toArray());
        feed(
                "Grid",
                "sidian-1",
                new GridCadreReleasedEvent(
                        "sidian-1", at(MANAGER, Instant.parse("2026-03-20T02:00:00Z")), CADRE, "调离"));

        var grid = grids.grid("sidian-1").orElseThrow();
        assertThat(grid.name).isEqualTo("泗店村一网格");
        assertThat(grid.posts)
                .extracting(GridCadre::role)
                .containsExactly(GridCadreRole.LIAISON_LEADER, GridCadreRole.VILLAGE_CADRE);
        assertThat(grid.tenures)
                .filteredOn(t -> t.personId().equals("sun.hong"))
                .singleElement()
                .satisfies(t -> {
                    assertThat(t.from()).isEqualTo(LocalDate.parse("2026-03-02"));
                    assertThat(t.until()).isEqualTo(LocalDate.parse("2026-03-20"));
                });
        assertThat(grids.grids("zhao.lei")).extracting(g -> g.gridId).containsExactly("sidian-1");
        assertThat(grids.grids("sun.hong")).isEmpty();
    }

    @Test
    void a_visit_lists_its_issues_with_the_progress_of_the_case_each_became() {
        var origin = new CaseOrigin(CaseOrigin.Source.GRID_VISIT, "sidian-1", "visit-1", 2, null);
        feed("Grid", "sidian-1", staffedGrid().toArray());
        feed(
                "Grid",
                "sidian-1",
                visit(
                        CADRE,
                        "visit-1",
                        "2026-03-05",
                        new LoggedIssue(1, "低保咨询", null, true, "当场讲解", CaseCategory.OTHER, null),
                        new LoggedIssue(2, "路灯不亮", "村东路灯坏了", false, null, CaseCategory.OTHER, null)),
                new GridVisitIssueRaisedEvent("sidian-1", at(actor(CADRE), MARCH_2), "visit-1", 2, "case-7", null));
        cases.feed(linkedCase("case-7", origin, "cunzhen", false));

        var page = grids.visits("sidian-1", null, YearMonth.of(2026, 3), 0, 20);
        assertThat(page.total()).isEqualTo(1);
        var visit = page.visits().get(0);
        assertThat(visit.visit().cadreName).isEqualTo("孙红");
        assertThat(visit.visit().gridName).isEqualTo("泗店村一网格");
        assertThat(visit.issues()).hasSize(2);
        assertThat(visit.issues().get(0).progress()).isNull();
        assertThat(visit.issues().get(1).issue().caseId()).isEqualTo("case-7");
        assertThat(visit.issues().get(1).progress().status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(visit.issues().get(1).progress().departmentCode()).isEqualTo("cunzhen");
        assertThat(grids.visits(null, "handler.v-sidian", null, 0, 20).total()).isZero();
        assertThat(grids.grid("sidian-1").orElseThrow().visits).isEqualTo(1);
    }

    @Test
    void the_month_s_compliance_counts_each_cadre_s_visits_up_to_the_norm() {
        feed("Grid", "sidian-1", staffedGrid().toArray());
        feed(
                "Grid",
                "sidian-1",
                visit(CADRE, "v1", "2026-03-05"),
                visit(CADRE, "v2", "2026-03-19"),
                visit(LEADER, "v3", "2026-03-09"),
                visit(VILLAGE, "v4", "2026-02-27"));

        var march = grids.compliance(YearMonth.of(2026, 3), List.of(new GridCompliance.Norm(1, null)));
        var row = march.grids().get(0);
        assertThat(row.required()).isEqualTo(3);
        assertThat(row.done()).isEqualTo(2);
        assertThat(row.visits()).isEqualTo(3);
        assertThat(march.totals().gridsComplete()).isZero();
        var withTwo = grids.compliance(YearMonth.of(2026, 3), List.of(new GridCompliance.Norm(2, null)));
        assertThat(withTwo.grids().get(0).required()).isEqualTo(6);
        assertThat(withTwo.grids().get(0).done()).isEqualTo(3);
    }

    @Test
    void a_redelivered_or_replayed_event_neither_duplicates_nor_rolls_back_a_document() {
        feed("Grid", "sidian-1", staffedGrid().toArray());
        var logged = visit(
                CADRE,
                "visit-1",
                "2026-03-05",
                new LoggedIssue(1, "路灯不亮", null, false, null, CaseCategory.OTHER, null));
        feed(
                "Grid",
                "sidian-1",
                logged,
                new GridVisitIssueRaisedEvent("sidian-1", at(actor(CADRE), MARCH_2), "visit-1", 1, "case-9", null));
        // the visit again (sequence 4), and the whole history again on a fresh projection over the same indices
        deliver("Grid", "sidian-1", 4, logged);
        var replaying = new LiaisonProjection(client, indices);
        var history = new ArrayList<>(staffedGrid());
        history.add(logged);
        for (int i = 0; i < history.size(); i++) {
            var message = new GenericDomainEventMessage<>("Grid", "sidian-1", i, history.get(i));
            if (history.get(i) instanceof GridDefinedEvent e) {
                replaying.on(e, message);
            } else if (history.get(i) instanceof GridCadreAssignedEvent e) {
                replaying.on(e, message);
            } else if (history.get(i) instanceof GridVisitLoggedEvent e) {
                replaying.on(e, message);
            }
        }
        refresh();

        var grid = grids.grid("sidian-1").orElseThrow();
        assertThat(grid.visits).isEqualTo(1);
        assertThat(grid.posts).hasSize(3);
        var visit = grids.visit("visit-1").orElseThrow();
        assertThat(visit.visit().issues.get(0).caseId()).isEqualTo("case-9");
        assertThat(visit.visit().sequence).isEqualTo(5);
    }

    // ---- enterprises

    List<Object> registeredEnterprise() {
        return List.of(new EnterpriseRegisteredEvent(
                "ent-1",
                at(MANAGER, MARCH_2),
                "泗店面粉厂",
                EnterpriseSector.MANUFACTURING,
                "乡工业园",
                new EncryptedContact("key-1", "c2VhbGVk"),
                QIAN,
                AccessCodes.hash(CODE)));
    }

    EnterpriseVisitLoggedEvent ledgerEntry(String visitId, String on, LoggedLedgerIssue... issues) {
        var day = LocalDate.parse(on);
        return new EnterpriseVisitLoggedEvent(
                "ent-1",
                at(
                        new Actor("qian.feng", Role.HANDLER, "xiangmu"),
                        day.atTime(10, 0).toInstant(java.time.ZoneOffset.ofHours(8))),
                visitId,
                QIAN,
                day,
                "项目办、供电所",
                "生产正常",
                Arrays.asList(issues));
    }

    @Test
    void the_register_never_answers_with_the_code_or_the_contact_and_the_code_finds_the_enterprise_until_replaced() {
        feed("Enterprise", "ent-1", registeredEnterprise().toArray());

        var view = enterprises.enterprise("ent-1").orElseThrow();
        assertThat(view.name()).isEqualTo("泗店面粉厂");
        assertThat(view.liaisonName()).isEqualTo("钱峰");
        assertThat(view.hasContact()).isTrue();
        assertThat(Arrays.stream(EnterpriseView.class.getRecordComponents()).map(c -> c.getName()))
                .doesNotContain("accessCodeHash")
                .noneMatch(name -> name.toLowerCase().contains("phone"));
        assertThat(enterprises.byAccessCode(CODE)).isPresent();
        assertThat(enterprises.enterprises("面粉", null))
                .extracting(EnterpriseView::enterpriseId)
                .containsExactly("ent-1");
        assertThat(enterprises.enterprises(null, "qian.feng")).hasSize(1);
        assertThat(enterprises.enterprises(null, "sun.hong")).isEmpty();

        var fresh = ReceiptCode.generate();
        feed(
                "Enterprise",
                "ent-1",
                new EnterpriseCodeReissuedEvent("ent-1", at(MANAGER, MARCH_2), AccessCodes.hash(fresh), "遗失"),
                new EnterpriseContactErasedEvent("ent-1", at(MANAGER, MARCH_2), "本人申请", "key-1"));
        assertThat(enterprises.byAccessCode(CODE)).isEmpty();
        assertThat(enterprises.byAccessCode(fresh)).isPresent();
        assertThat(enterprises.enterprise("ent-1").orElseThrow().contactErased())
                .isTrue();
    }

    @Test
    void a_code_replaced_by_the_enterprise_s_events_finds_nothing_while_the_index_still_holds_it() {
        feed("Enterprise", "ent-1", registeredEnterprise().toArray());
        assertThat(enterprises.byAccessCode(CODE)).isPresent();

        replacedCodes.add(CODE);

        assertThat(enterprises.byAccessCode(CODE)).isEmpty();
        assertThat(enterprises.ownRequests(CODE)).isEmpty();
    }

    @Test
    void requests_are_grouped_by_type_with_their_progress_and_the_enterprise_sees_its_own_with_its_code() {
        feed("Enterprise", "ent-1", registeredEnterprise().toArray());
        feed(
                "Enterprise",
                "ent-1",
                ledgerEntry(
                        "ev-1",
                        "2026-03-04",
                        new LoggedLedgerIssue(1, EnterpriseIssueType.UTILITIES, "三相电容量不足", null, false, null),
                        new LoggedLedgerIssue(2, EnterpriseIssueType.FINANCING, "贴息咨询", null, true, "当场讲解"),
                        new LoggedLedgerIssue(3, EnterpriseIssueType.LAND, "扩建用地指标", null, false, null)),
                new EnterpriseIssueRaisedEvent(
                        "ent-1", at(MANAGER, MARCH_2), "ev-1", 1, EnterpriseIssueType.UTILITIES, "c-1"),
                new EnterpriseIssueRaisedEvent(
                        "ent-1", at(MANAGER, MARCH_2), "ev-1", 3, EnterpriseIssueType.LAND, "c-2"));
        cases.feed(linkedCase(
                "c-1",
                new CaseOrigin(CaseOrigin.Source.ENTERPRISE_VISIT, "ent-1", "ev-1", 1, "UTILITIES"),
                "xiangmu",
                true));
        cases.feed(linkedCase(
                "c-2", new CaseOrigin(CaseOrigin.Source.ENTERPRISE_VISIT, "ent-1", "ev-1", 3, "LAND"), "guotu", false));

        var grouped =
                enterprises.requestsByType(YearMonth.of(2026, 1), YearMonth.of(2026, 3), LocalDate.parse("2026-03-20"));
        assertThat(grouped.types())
                .extracting(EnterpriseSearch.TypeGroup::type)
                .containsExactly(EnterpriseIssueType.LAND, EnterpriseIssueType.UTILITIES);
        var land = grouped.types().get(0);
        assertThat(land.open()).isEqualTo(1);
        assertThat(land.overdue()).as("due 2026-03-16, still open on the 20th").isEqualTo(1);
        assertThat(land.requests().get(0).progress().departmentCode()).isEqualTo("guotu");
        assertThat(grouped.types().get(1).open()).isZero();

        var own = enterprises.ownRequests(CODE).orElseThrow();
        assertThat(own.enterpriseName()).isEqualTo("泗店面粉厂");
        assertThat(own.requests())
                .extracting(EnterpriseSearch.OwnRequest::status)
                .containsExactlyInAnyOrder(CaseStatus.ANSWERED, CaseStatus.ASSIGNED);
        assertThat(own.requests())
                .filteredOn(r -> r.type() == EnterpriseIssueType.UTILITIES)
                .singleElement()
                .satisfies(r -> assertThat(r.answer()).contains("增容"));
        assertThat(own.toString()).doesNotContain("qian.feng").doesNotContain("handler.");
        assertThat(enterprises.ownRequests(ReceiptCode.generate())).isEmpty();

        var ledger = enterprises.ledger("ent-1", null, YearMonth.of(2026, 3), 0, 20);
        assertThat(ledger.entries()).singleElement().satisfies(entry -> {
            assertThat(entry.visit().enterpriseName).isEqualTo("泗店面粉厂");
            assertThat(entry.issues()).hasSize(3);
            assertThat(entry.issues().get(1).progress()).isNull();
        });
        var coverage = enterprises.coverage(YearMonth.of(2026, 3));
        assertThat(coverage.registered()).isEqualTo(1);
        assertThat(coverage.visited()).isEqualTo(1);
        assertThat(enterprises.coverage(YearMonth.of(2026, 4)).notVisited())
                .extracting(EnterpriseView::name)
                .containsExactly("泗店面粉厂");
    }
}
