package org.onetrip.projections.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.projections.testing.CaseEvents.caseNamed;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.Rating;
import org.onetrip.projections.buckpassing.BuckPassingDetector;
import org.onetrip.projections.buckpassing.BuckPassingProperties;
import org.onetrip.projections.buckpassing.HandlingStep;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.testing.CaseEvents;
import org.onetrip.projections.testing.SearchNode;
import org.onetrip.projections.testing.ShippedCalendar;

class CaseSearchProjectionTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 19);
    static final Clock MARCH_10 = Clock.fixed(Instant.parse("2026-03-10T02:00:00Z"), ZoneOffset.UTC);

    ElasticsearchClient client = SearchNode.client();
    ProjectionIndex staff;
    ProjectionIndex published;
    CaseSearchProjection projection;
    CaseSearch search;

    @BeforeEach
    void freshIndices() {
        var prefix = SearchNode.uniquePrefix("cases");
        staff = new ProjectionIndex(client, prefix + "-staff", "projections/cases-index.json", Clock.systemUTC());
        published = new ProjectionIndex(
                client, prefix + "-public", "projections/public-cases-index.json", Clock.systemUTC());
        staff.ensureExists();
        published.ensureExists();
        var calendar = ShippedCalendar.snapshot();
        var detector = new BuckPassingDetector(BuckPassingProperties.defaults(), calendar::workingDaysBetween);
        projection = new CaseSearchProjection(
                client, staff, published, new CaseDocumentFolder(detector, calendar::workingDaysBetween));
        search = new CaseSearch(
                client,
                staff.readAlias(),
                published.readAlias(),
                today -> calendar.workingDayAfter(today, CaseSearch.DUE_SOON_WORKING_DAYS),
                MARCH_10);
    }

    @Test
    void a_search_for_tuiwei_finds_a_complaint_about_tuiwei_chepi() {
        feed(caseNamed("a").filed().accepted(), "窗口工作人员推诿扯皮，让我跑了三趟");
        feed(caseNamed("b").filed().accepted(), "路灯坏了很久没人修");
        assertThat(titlesOrDescriptions(search("推诿"))).containsExactly("a");
        assertThat(titlesOrDescriptions(search("扯皮"))).containsExactly("a");
    }

    @Test
    void a_search_for_dibao_finds_minimum_living_allowance_cases_through_the_synonym_list() {
        feed(caseNamed("long-form").filed().accepted(), "申请最低生活保障半年没有结果");
        feed(caseNamed("short-form").filed().accepted(), "低保金这个月没有发放");
        feed(caseNamed("other").filed().accepted(), "养老保险缴费查询");
        assertThat(titlesOrDescriptions(search("低保"))).containsExactlyInAnyOrder("long-form", "short-form");
        assertThat(titlesOrDescriptions(search("最低生活保障"))).containsExactlyInAnyOrder("long-form", "short-form");
    }

    @Test
    void hostile_query_strings_are_searched_as_text_and_never_fail() {
        feed(caseNamed("x").filed().accepted(), "普通的投诉");
        for (var hostile : List.of(
                "((((",
                "title:x AND \\\\",
                "*:*",
                "{\"match_all\":{}}",
                "<script>alert(1)</script>",
                "a~99999 /regex/ \"unclosed",
                "description:* OR caseId:*",
                "\u0000\u0007控制字符")) {
            var response = search(hostile);
            assertThat(response.hits()).as(hostile).isEmpty();
        }
        assertThatThrownBy(() -> search("投".repeat(201))).isInstanceOf(InvalidSearchException.class);
    }

    @Test
    void filters_facets_paging_and_sorting_work_together() {
        for (int i = 0; i < 7; i++) {
            feed(caseNamed("guotu-" + i).filed().accepted().assigned("guotu", DUE), "宅基地审批 " + i);
        }
        feed(caseNamed("minzheng-1").filed().accepted().assigned("minzheng", DUE), "宅基地 民政");
        var firstPage = search.search(new CaseSearchRequest(
                "宅基地",
                List.of(CaseStatus.ASSIGNED),
                List.of("guotu"),
                null,
                null,
                null,
                null,
                false,
                0,
                5,
                CaseSearchRequest.CaseSort.OLDEST));
        assertThat(firstPage.total()).isEqualTo(7);
        assertThat(firstPage.hits()).hasSize(5);
        assertThat(firstPage.hits())
                .extracting(CaseSearchResponse.Hit::caseId)
                .containsExactly("guotu-0", "guotu-1", "guotu-2", "guotu-3", "guotu-4");
        var secondPage = search.search(new CaseSearchRequest(
                "宅基地",
                List.of(CaseStatus.ASSIGNED),
                List.of("guotu"),
                null,
                null,
                null,
                null,
                false,
                1,
                5,
                CaseSearchRequest.CaseSort.OLDEST));
        assertThat(secondPage.hits()).extracting(CaseSearchResponse.Hit::caseId).containsExactly("guotu-5", "guotu-6");
        var all = search("宅基地");
        assertThat(all.facets().get("department")).containsEntry("guotu", 7L).containsEntry("minzheng", 1L);
        assertThatThrownBy(() -> search.search(
                        new CaseSearchRequest(null, null, null, null, null, null, null, false, 0, 101, null)))
                .isInstanceOf(InvalidSearchException.class);
    }

    @Test
    void deadline_status_is_judged_against_today_on_the_working_day_calendar() {
        feed(caseNamed("overdue").filed().accepted().assigned("guotu", LocalDate.of(2026, 3, 9)), "逾期");
        feed(caseNamed("due-soon").filed().accepted().assigned("guotu", LocalDate.of(2026, 3, 12)), "快到期");
        feed(caseNamed("on-time").filed().accepted().assigned("guotu", LocalDate.of(2026, 3, 20)), "时间充足");
        assertThat(ids(deadline(DeadlineStatus.OVERDUE))).containsExactly("overdue");
        assertThat(ids(deadline(DeadlineStatus.DUE_SOON))).containsExactly("due-soon");
        assertThat(ids(deadline(DeadlineStatus.ON_TIME))).containsExactly("on-time");
        assertThat(search(null).facets().get("deadline"))
                .containsEntry("OVERDUE", 1L)
                .containsEntry("DUE_SOON", 1L)
                .containsEntry("ON_TIME", 1L);
    }

    @Test
    void the_public_index_holds_answered_cases_without_description_or_contact() throws Exception {
        feed(
                caseNamed("answered")
                        .filed()
                        .accepted()
                        .assigned("shebao", DUE)
                        .signedBy("shebao")
                        .answeredBy("shebao")
                        .rated(Rating.SATISFIED),
                "养老保险怎么交");
        feed(caseNamed("open").filed().accepted().assigned("shebao", DUE), "养老保险没人管");
        assertThat(search.searchPublished("养老保险", null, 0, 10).hits())
                .as("the description is not public, so it is not searchable there")
                .isEmpty();
        var results = search.searchPublished(null, null, 0, 10);
        assertThat(results.hits()).hasSize(1);
        assertThat(search.searchPublished("答复", null, 0, 10).hits()).hasSize(1);
        assertThat(results.hits().get(0).status()).isEqualTo(CaseStatus.RATED);
        var json = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(results);
        assertThat(json)
                .doesNotContain("13800000000")
                .doesNotContain("王某")
                .doesNotContain("详细情况")
                .doesNotContain("description")
                .doesNotContain("caseId")
                .doesNotContain("handler.");
    }

    @Test
    void a_redelivered_or_replayed_older_event_never_rolls_a_document_back() throws Exception {
        var history = caseNamed("r")
                .filed()
                .accepted()
                .assigned("guotu", DUE)
                .signedBy("guotu")
                .answeredBy("guotu")
                .events();
        feedEvents(history);
        projection.reset();
        for (int i = 0; i < 3; i++) {
            projection.on(history.get(i), i);
        }
        feedEvents(history);
        staff.refresh();
        var doc = client.get(g -> g.index(staff.readAlias()).id("r"), CaseDocument.class)
                .source();
        assertThat(doc.status).isEqualTo(CaseStatus.ANSWERED);
        assertThat(doc.version).isEqualTo(4);
        assertThat(doc.steps).hasSize(3);
        var count = client.count(c -> c.index(staff.readAlias())).count();
        assertThat(count).isEqualTo(1);
    }

    @Test
    void flagged_cases_carry_their_rules_and_can_be_filtered_and_sorted_by_weight() {
        feed(
                caseNamed("bounced")
                        .filed()
                        .accepted()
                        .assigned("minzheng", DUE)
                        .returnedBy("minzheng")
                        .assigned("v-sidian", DUE)
                        .transferred("v-sidian", "minzheng", DUE),
                "低保来回推");
        feed(caseNamed("calm").filed().accepted().assigned("minzheng", DUE), "低保咨询");
        var flagged = search.search(new CaseSearchRequest(
                null, null, null, null, null, null, null, true, 0, 10, CaseSearchRequest.CaseSort.MOST_FLAGGED));
        assertThat(ids(flagged)).containsExactly("bounced");
        assertThat(flagged.hits().get(0).flagScore()).isEqualTo(8);
    }

    @Test
    void a_waiting_transfer_proposal_is_on_the_staff_document_and_listed_for_the_intake_desk() {
        feed(
                caseNamed("waiting")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .signedBy("guotu")
                        .transferProposed("guotu", "cunzhen", "宅基地规划归村镇中心"),
                "宅基地");
        feed(
                caseNamed("later")
                        .filed()
                        .accepted()
                        .assigned("minzheng", DUE)
                        .daysLater(1)
                        .transferProposed("minzheng", "v-sidian", "需村委会先入户调查"),
                "低保");
        feed(caseNamed("none").filed().accepted().assigned("guotu", DUE), "没有转办");

        var all = search.pendingTransfers(null, 0, 10);
        assertThat(all.total()).isEqualTo(2);
        assertThat(all.proposals())
                .extracting(TransferProposalsResponse.Proposal::caseId)
                .as("the longest-waiting first")
                .containsExactly("waiting", "later");
        var waiting = all.proposals().get(0);
        assertThat(waiting.status()).as("the case stays where it is").isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(waiting.dueDate()).isEqualTo(DUE);
        assertThat(waiting.transfer().fromDepartmentCode()).isEqualTo("guotu");
        assertThat(waiting.transfer().toDepartmentCode()).isEqualTo("cunzhen");
        assertThat(waiting.transfer().reason()).isEqualTo("宅基地规划归村镇中心");
        assertThat(waiting.transfer().eventId()).isEqualTo("waiting-e5");
        assertThat(search.pendingTransfers(List.of("minzheng"), 0, 10).proposals())
                .extracting(TransferProposalsResponse.Proposal::caseId)
                .containsExactly("later");
        assertThat(ids(search(null)))
                .as("still held by the proposing department")
                .contains("waiting");
        assertThat(search.search(new CaseSearchRequest(
                                null, null, List.of("guotu"), null, null, null, null, false, 0, 10, null))
                        .hits())
                .extracting(CaseSearchResponse.Hit::caseId)
                .containsExactlyInAnyOrder("waiting", "none");
    }

    @Test
    void an_approved_rejected_returned_or_answered_proposal_waits_no_longer_and_only_the_approval_counts_as_a_transfer()
            throws Exception {
        feed(
                caseNamed("approved")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .transferProposed("guotu", "cunzhen", "归村镇")
                        .transferApproved("guotu", "cunzhen", "归村镇", DUE),
                "a");
        feed(
                caseNamed("rejected")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .transferProposed("guotu", "cunzhen", "归村镇")
                        .transferRejected("guotu", "cunzhen", "仍归国土所"),
                "b");
        feed(
                caseNamed("returned")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .transferProposed("guotu", "cunzhen", "归村镇")
                        .returnedBy("guotu"),
                "c");
        feed(
                caseNamed("answered")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .signedBy("guotu")
                        .transferProposed("guotu", "cunzhen", "归村镇")
                        .answeredBy("guotu"),
                "d");

        assertThat(search.pendingTransfers(null, 0, 10).proposals()).isEmpty();
        var approved = client.get(g -> g.index(staff.readAlias()).id("approved"), CaseDocument.class)
                .source();
        assertThat(approved.transfers).isEqualTo(1);
        assertThat(approved.departmentCode).isEqualTo("cunzhen");
        assertThat(approved.dueDate).as("the clock is not reset").isEqualTo(DUE);
        assertThat(approved.pendingTransfer()).isNull();
        var rejected = client.get(g -> g.index(staff.readAlias()).id("rejected"), CaseDocument.class)
                .source();
        assertThat(rejected.transfers).isZero();
        assertThat(rejected.departmentCode).isEqualTo("guotu");
        assertThat(rejected.steps).extracting(HandlingStep::type).containsExactly(HandlingStep.Type.ASSIGNED);
    }

    @Test
    void the_public_index_never_holds_a_transfer_proposal_or_its_reasons() throws Exception {
        feed(
                caseNamed("p")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .signedBy("guotu")
                        .transferProposed("guotu", "cunzhen", "申请人王某的邻居说")
                        .transferRejected("guotu", "cunzhen", "王某电话已核实")
                        .answeredBy("guotu"),
                "宅基地");
        var json = new ObjectMapper()
                .registerModule(new JavaTimeModule())
                .writeValueAsString(search.searchPublished(null, null, 0, 10));
        assertThat(json)
                .contains("guotu")
                .doesNotContain("王某")
                .doesNotContain("cunzhen")
                .doesNotContain("pendingTransfer");
    }

    @Test
    void a_pending_extension_request_is_on_the_staff_document_until_intake_decides_and_can_be_filtered_for() {
        feed(
                caseNamed("asking")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .signedBy("guotu")
                        .extensionRequestedBy("guotu"),
                "需要延期");
        feed(
                caseNamed("approved")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .signedBy("guotu")
                        .extensionRequestedBy("guotu")
                        .extensionApproved("guotu", DUE, DUE.plusDays(7)),
                "已批准延期");
        feed(
                caseNamed("denied")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .signedBy("guotu")
                        .extensionRequestedBy("guotu")
                        .extensionDenied("guotu"),
                "已驳回延期");
        feed(
                caseNamed("answered")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .signedBy("guotu")
                        .extensionRequestedBy("guotu")
                        .answeredBy("guotu"),
                "延期后直接答复");
        feed(
                caseNamed("returned")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .signedBy("guotu")
                        .extensionRequestedBy("guotu")
                        .returnedBy("guotu"),
                "延期后退回");
        feed(
                caseNamed("transferred")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .signedBy("guotu")
                        .extensionRequestedBy("guotu")
                        .transferred("guotu", "cunzhen", DUE),
                "延期后转办");

        var pending = search.search(new CaseSearchRequest(
                null, null, null, null, null, null, null, false, true, 0, 50, CaseSearchRequest.CaseSort.DUE_FIRST));
        assertThat(ids(pending)).containsExactly("asking");
        var request = pending.hits().get(0).pendingExtension();
        assertThat(request.departmentCode()).isEqualTo("guotu");
        assertThat(request.workingDays()).isEqualTo(5);
        assertThat(request.reason()).isEqualTo("需要更多时间");
        assertThat(request.requestedAt()).isAfter(Instant.parse("2026-03-02T02:00:00Z"));
        assertThat(search(null).hits())
                .filteredOn(hit -> !hit.caseId().equals("asking"))
                .hasSize(5)
                .allSatisfy(hit -> assertThat(hit.pendingExtension()).isNull());
    }

    @Test
    void a_redelivered_extension_request_never_brings_back_a_decided_one_and_a_replay_writes_the_same_document()
            throws Exception {
        var history = caseNamed("d")
                .filed()
                .accepted()
                .assigned("guotu", DUE)
                .signedBy("guotu")
                .extensionRequestedBy("guotu")
                .extensionApproved("guotu", DUE, DUE.plusDays(7))
                .events();
        feedEvents(history);
        var live = staffSource("d");
        assertThat(live.get("pendingExtension").isNull()).isTrue();

        projection.on(history.get(4), 4);
        staff.refresh();
        assertThat(staffSource("d")).isEqualTo(live);

        staff.startRebuild();
        projection.reset();
        feedEvents(history);
        staff.finishRebuild();
        assertThat(staffSource("d")).isEqualTo(live);
    }

    private com.fasterxml.jackson.databind.JsonNode staffSource(String caseId) throws java.io.IOException {
        return client.get(g -> g.index(staff.readAlias()).id(caseId), com.fasterxml.jackson.databind.JsonNode.class)
                .source();
    }

    private void feed(CaseEvents history, String description) {
        var events = history.events();
        var filed = (org.onetrip.cases.api.CaseFiledEvent) events.get(0);
        var rewritten = new java.util.ArrayList<CaseEvent>(events);
        rewritten.set(
                0,
                new org.onetrip.cases.api.CaseFiledEvent(
                        filed.caseId(),
                        filed.context(),
                        filed.receiptCode(),
                        filed.kind(),
                        filed.category() == null ? CaseCategory.OTHER : filed.category(),
                        filed.caseId(),
                        description,
                        filed.serviceItemCode(),
                        filed.concernedDepartmentCode(),
                        filed.complainant()));
        feedEvents(rewritten);
    }

    private void feedEvents(List<CaseEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            projection.on(events.get(i), i);
        }
        staff.refresh();
        published.refresh();
    }

    private CaseSearchResponse search(String q) {
        return search.search(new CaseSearchRequest(q, null, null, null, null, null, null, false, 0, 50, null));
    }

    private CaseSearchResponse deadline(DeadlineStatus status) {
        return search.search(new CaseSearchRequest(null, null, null, null, null, null, status, false, 0, 50, null));
    }

    private static List<String> titlesOrDescriptions(CaseSearchResponse response) {
        return response.hits().stream().map(CaseSearchResponse.Hit::title).toList();
    }

    private static List<String> ids(CaseSearchResponse response) {
        return response.hits().stream().map(CaseSearchResponse.Hit::caseId).toList();
    }
}
