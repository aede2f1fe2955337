package org.onetrip.projections.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.onetrip.projections.testing.CaseEvents.caseNamed;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseKind;
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
        feed(caseNamed("b").filed(CaseCategory.OTHER, null).accepted(), "路灯坏了很久没人修");
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
    void a_query_of_several_words_finds_cases_with_only_some_of_them_the_fullest_match_first() {
        feed(caseNamed("some").filed(CaseCategory.OTHER, null).accepted(), "申请材料交了超过一个月仍未办结");
        feed(caseNamed("all").filed(CaseCategory.OTHER, null).accepted(), "低保申请超期未办结");
        feed(caseNamed("none").filed(CaseCategory.OTHER, null).accepted(), "路灯坏了很久没人修");
        assertThat(ids(search("超期未办结"))).containsExactly("all", "some");
        assertThat(ids(search("路灯 超期"))).containsExactlyInAnyOrder("all", "none");
    }

    @Test
    void a_case_is_found_by_the_name_of_its_category_in_either_language_though_its_text_says_otherwise() {
        feed(caseNamed("category").filed(CaseCategory.BUCK_PASSING, null).accepted(), "窗口和村里推来推去");
        feed(caseNamed("text-only").filed(CaseCategory.OTHER, null).accepted(), "窗口和村里推来推去");
        assertThat(ids(search("推诿"))).containsExactly("category");
        assertThat(ids(search("推诿扯皮"))).containsExactly("category");
        assertThat(ids(search("buck-passing"))).containsExactly("category");
        assertThat(ids(search("推来推去"))).containsExactlyInAnyOrder("category", "text-only");
    }

    @Test
    void matched_words_are_highlighted_in_escaped_passages_of_the_complaint_each_passage_once() {
        feed(caseNamed("lamp").filed(CaseCategory.OTHER, null).accepted(), "村口路灯坏了<script>alert(1)</script>");
        var hit = search("路灯").hits().get(0);
        assertThat(hit.highlights())
                .anySatisfy(passage -> assertThat(passage)
                        .contains("<mark>路灯</mark>")
                        .contains("&lt;script&gt;")
                        .doesNotContain("<script>"));
        assertThat(hit.highlights()).hasSize(1);
        assertThat(search(null).hits().get(0).highlights()).isEmpty();
    }

    @Test
    void the_filing_period_includes_both_of_its_township_days() {
        feed(caseNamed("march-2").filed(CaseCategory.OTHER, null).accepted(), "三月二日");
        feed(caseNamed("march-12").daysLater(10).filed(CaseCategory.OTHER, null).accepted(), "三月十二日");
        assertThat(ids(filed(LocalDate.of(2026, 3, 2), LocalDate.of(2026, 3, 2))))
                .containsExactly("march-2");
        assertThat(ids(filed(LocalDate.of(2026, 3, 3), null))).containsExactly("march-12");
        assertThat(ids(filed(null, LocalDate.of(2026, 3, 12)))).containsExactlyInAnyOrder("march-2", "march-12");
        assertThatThrownBy(() -> filed(LocalDate.of(2026, 3, 12), LocalDate.of(2026, 3, 2)))
                .isInstanceOf(InvalidSearchException.class);
    }

    @Test
    void an_export_holds_every_case_the_search_finds_whatever_the_page_and_no_receipt_code() {
        for (int i = 0; i < 7; i++) {
            feed(
                    caseNamed("guotu-" + i)
                            .daysLater(i)
                            .filed(CaseCategory.OTHER, null)
                            .accepted()
                            .assigned("guotu", DUE),
                    "宅基地审批 " + i);
        }
        feed(caseNamed("minzheng").filed(CaseCategory.OTHER, null).accepted().assigned("minzheng", DUE), "宅基地 民政");
        var rows = new java.util.ArrayList<CaseExportRow>();
        search.export(
                new CaseSearchRequest("宅基地", null, List.of("guotu"), null, null, null, null, false, 0, 5, null),
                rows::add);
        assertThat(rows).hasSize(7);
        assertThat(rows).extracting(CaseExportRow::title).first().isEqualTo("guotu-6");
        assertThat(rows).allSatisfy(row -> assertThat(row.departmentCode()).isEqualTo("guotu"));
        assertThat(java.util.Arrays.stream(CaseExportRow.class.getRecordComponents())
                        .map(java.lang.reflect.RecordComponent::getName))
                .doesNotContain("receiptCode", "caseId", "contact", "complainant");
    }

    @Test
    void hostile_query_strings_are_searched_as_text_and_never_fail() {
        // searched as text, "title:x" would find a case titled x: this one's title is none of the words
        feed(caseNamed("plain").filed().accepted(), "普通的投诉");
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
    void a_case_enters_the_public_index_with_its_published_result_and_its_reopening_follows_it_there()
            throws Exception {
        var history =
                caseNamed("later").filed().accepted().assigned("shebao", DUE).signedBy("shebao");
        feed(history, "养老保险没人管");
        assertThat(publicDocuments())
                .as("not even the title of a case the public cannot see yet")
                .isEmpty();

        feed(history.answeredBy("shebao"), "养老保险没人管");
        assertThat(publicDocuments())
                .extracting(doc -> (Object) doc.get("status"))
                .containsExactly("ANSWERED");
        assertThat(search.searchPublished(null, null, 0, 10).hits()).hasSize(1);

        feed(history.reopenedFor("shebao", DUE.plusDays(10)), "养老保险没人管");
        assertThat(publicDocuments())
                .extracting(doc -> (Object) doc.get("status"))
                .containsExactly("IN_PROGRESS");
        assertThat(search.searchPublished(null, null, 0, 10).hits())
                .as("a reopened case is handled again, no longer a published result")
                .isEmpty();
    }

    @Test
    void a_published_result_shows_its_title_and_answer_with_mobile_and_id_numbers_masked() throws Exception {
        var history = caseNamed("masked")
                .filed()
                .accepted()
                .assigned("shebao", DUE)
                .signedBy("shebao")
                .answeredBy("shebao", "已联系王师傅13812345678，身份证330102199001011234已核实。");
        feed(history, "路灯坏了，电话13900001111", "详细情况");

        var hit = search.searchPublished(null, null, 0, 10).hits().get(0);
        assertThat(hit.title()).isEqualTo("路灯坏了，电话139****1111");
        assertThat(hit.answer()).isEqualTo("已联系王师傅138****5678，身份证3****************4已核实。");
        assertThat(search.searchPublished("13812345678", null, 0, 10).hits())
                .as("a masked number cannot be found by searching for it either")
                .isEmpty();
        assertThat(staffSource("masked").get("title").asText())
                .as("staff read what was written")
                .isEqualTo("路灯坏了，电话13900001111");
    }

    @Test
    void an_enterprise_s_request_and_a_grid_visit_s_issue_are_answered_without_being_published() throws Exception {
        for (var kind : List.of(CaseKind.ENTERPRISE_REQUEST, CaseKind.GRID_VISIT_ISSUE)) {
            var history = caseNamed(kind.name())
                    .filed()
                    .accepted()
                    .assigned("guotu", DUE)
                    .signedBy("guotu")
                    .answeredBy("guotu", "已指导办理临时用地手续");
            feed(history, "河口砖瓦厂：原料堆场用地指标", "详细情况", kind);
        }
        assertThat(publicDocuments()).isEmpty();
        assertThat(search(null).hits()).as("staff still find them").hasSize(2);
    }

    @Test
    void documents_an_older_release_wrote_are_read_masked_and_only_for_the_kinds_now_published() throws Exception {
        for (var kind : List.of(CaseKind.COMPLAINT, CaseKind.ENTERPRISE_REQUEST)) {
            var old = new PublicCaseDocument(
                    "R-" + kind.ordinal(),
                    kind,
                    CaseCategory.OTHER,
                    "路灯坏了，电话13812345678",
                    CaseStatus.CLOSED,
                    "shebao",
                    List.of("shebao"),
                    Instant.parse("2026-03-02T02:00:00Z"),
                    null,
                    Instant.parse("2026-03-03T02:00:00Z"),
                    Instant.parse("2026-03-04T02:00:00Z"),
                    "已联系王师傅13900001111",
                    null,
                    true,
                    5,
                    false);
            client.index(i -> i.index(published.writeAlias()).id(old.publicId()).document(old));
        }
        published.refresh();

        var hits = search.searchPublished(null, null, 0, 10).hits();
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.kind()).isEqualTo(CaseKind.COMPLAINT);
            assertThat(hit.title()).isEqualTo("路灯坏了，电话138****5678");
            assertThat(hit.answer()).isEqualTo("已联系王师傅139****1111");
        });
    }

    @Test
    void a_withheld_result_leaves_every_public_search_and_its_text_leaves_the_public_index_until_republished()
            throws Exception {
        var history = caseNamed("withheld")
                .filed()
                .accepted()
                .assigned("shebao", DUE)
                .signedBy("shebao")
                .answeredBy("shebao", "已请王小明邻居挪车");
        feed(history, "邻居占道", "详细情况");
        assertThat(search.searchPublished(null, null, 0, 10).hits()).hasSize(1);

        feed(history.resultWithheld(), "邻居占道", "详细情况");
        assertThat(search.searchPublished(null, null, 0, 10).total()).isZero();
        assertThat(search.searchPublished("邻居", null, 0, 10).hits()).isEmpty();
        assertThat(search.searchPublished(null, null, 0, 10).facets().getOrDefault("department", Map.of()))
                .as("not counted either")
                .doesNotContainKey("shebao");
        assertThat(publicDocuments())
                .singleElement()
                .satisfies(
                        doc -> assertThat(doc.toString()).doesNotContain("王小明").doesNotContain("邻居占道"));

        feed(history.rated(Rating.SATISFIED), "邻居占道", "详细情况");
        assertThat(search.searchPublished(null, null, 0, 10).hits())
                .as("later steps of the case keep it withheld")
                .isEmpty();

        feed(history.resultRepublished(), "邻居占道", "详细情况");
        var hits = search.searchPublished(null, null, 0, 10).hits();
        assertThat(hits).singleElement().satisfies(hit -> {
            assertThat(hit.answer()).isEqualTo("已请王小明邻居挪车");
            assertThat(hit.withheld()).isFalse();
        });
    }

    private List<Map<?, ?>> publicDocuments() throws IOException {
        return client.search(s -> s.index(published.readAlias()).size(10), Map.class).hits().hits().stream()
                .<Map<?, ?>>map(hit -> hit.source())
                .toList();
    }

    @Test
    void a_published_result_is_known_by_its_public_identifier_never_by_the_receipt_code() throws Exception {
        var history = caseNamed("published")
                .filed()
                .accepted()
                .assigned("shebao", DUE)
                .signedBy("shebao")
                .answeredBy("shebao");
        feed(history, "社保卡补办");
        var code = ((org.onetrip.cases.api.CaseFiledEvent) history.events().get(0)).receiptCode();
        var results = search.searchPublished(null, null, 0, 10);
        assertThat(results.hits()).hasSize(1);
        var hit = results.hits().get(0);
        assertThat(hit.publicId()).isEqualTo(PublicResultId.of("published")).matches("R-[0-9A-Z]{12}");
        var json = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(results);
        assertThat(json).doesNotContain(code).doesNotContain("receiptCode");
        assertThat(client.get(g -> g.index(published.readAlias()).id(code), Object.class)
                        .found())
                .as("the receipt code is not a document id of the public index either")
                .isFalse();
    }

    @Test
    void no_staff_search_document_hit_or_transfer_proposal_holds_the_receipt_code() throws Exception {
        var history = caseNamed("keyed")
                .filed()
                .accepted()
                .assigned("shebao", DUE)
                .signedBy("shebao")
                .transferProposed("shebao", "minzheng", "不属本部门职责")
                .extensionRequestedBy("shebao");
        feed(history, "社保卡补办跑了三趟");
        var code = new org.onetrip.cases.api.ReceiptCode(
                ((org.onetrip.cases.api.CaseFiledEvent) history.events().get(0)).receiptCode());
        var json = new ObjectMapper().registerModule(new JavaTimeModule());

        var stored = client.search(s -> s.index(staff.readAlias()).size(10), Object.class).hits().hits().stream()
                .map(hit -> hit.source())
                .toList();
        assertThat(stored).hasSize(1);
        var answers = json.writeValueAsString(List.of(
                stored,
                search.search(new CaseSearchRequest(null, null, null, null, null, null, null, false, 0, 10, null)),
                search.find("keyed").orElseThrow(),
                search.pendingTransfers(null, 0, 10)));
        var caseNumber = PublicResultId.of("keyed");
        for (var typed :
                List.of(caseNumber, caseNumber.toLowerCase(java.util.Locale.ROOT), caseNumber.replace("-", ""))) {
            var byNumber =
                    search.search(new CaseSearchRequest(typed, null, null, null, null, null, null, false, 0, 10, null));
            assertThat(byNumber.hits())
                    .extracting(CaseSearchResponse.Hit::caseId)
                    .containsExactly("keyed");
        }
        assertThat(answers)
                .contains(PublicResultId.of("keyed"))
                .doesNotContain(code.value())
                .doesNotContain(code.grouped())
                .doesNotContain("receiptCode");
    }

    @Test
    void a_page_number_that_would_overflow_is_refused_as_invalid_input() {
        assertThatThrownBy(() -> search.searchPublished(null, null, Integer.MAX_VALUE, 100))
                .isInstanceOf(org.onetrip.projections.search.query.InvalidSearchException.class);
        assertThatThrownBy(() -> search.search(new CaseSearchRequest(
                        null, null, null, null, null, null, null, false, Integer.MAX_VALUE, 100, null)))
                .isInstanceOf(org.onetrip.projections.search.query.InvalidSearchException.class);
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

    /**
     * Instances share a processor's segments and hand them over: a case's events may be folded here, then on another
     * instance, then here again. What this instance remembers of the case is then stale and must not be folded onto.
     */
    @Test
    void a_case_moved_on_by_another_instance_meanwhile_is_read_back_before_the_next_event_is_folded() throws Exception {
        var history = caseNamed("moved")
                .filed()
                .accepted()
                .assigned("guotu", DUE)
                .signedBy("guotu")
                .extensionRequestedBy("guotu")
                .answeredBy("guotu")
                .events();
        var calendar = ShippedCalendar.snapshot();
        var detector = new BuckPassingDetector(BuckPassingProperties.defaults(), calendar::workingDaysBetween);
        var otherInstance = new CaseSearchProjection(
                client, staff, published, new CaseDocumentFolder(detector, calendar::workingDaysBetween));
        for (int i = 0; i <= 2; i++) {
            projection.on(history.get(i), i);
        }
        for (int i = 3; i <= 4; i++) {
            otherInstance.on(history.get(i), i);
        }
        projection.on(history.get(5), 5);
        staff.refresh();

        var doc = client.get(g -> g.index(staff.readAlias()).id("moved"), CaseDocument.class)
                .source();
        assertThat(doc.version).isEqualTo(5);
        assertThat(doc.status).isEqualTo(CaseStatus.ANSWERED);
        assertThat(doc.signedAt).as("signed for on the other instance").isNotNull();
        assertThat(doc.extensionsRequested)
                .as("asked for on the other instance")
                .isEqualTo(1);
    }

    private com.fasterxml.jackson.databind.JsonNode staffSource(String caseId) throws java.io.IOException {
        return client.get(g -> g.index(staff.readAlias()).id(caseId), com.fasterxml.jackson.databind.JsonNode.class)
                .source();
    }

    private void feed(CaseEvents history, String description) {
        feed(history, history.events().get(0).caseId(), description);
    }

    private void feed(CaseEvents history, String title, String description) {
        feed(history, title, description, null);
    }

    private void feed(CaseEvents history, String title, String description, CaseKind kind) {
        var events = history.events();
        var filed = (org.onetrip.cases.api.CaseFiledEvent) events.get(0);
        var rewritten = new java.util.ArrayList<CaseEvent>(events);
        rewritten.set(
                0,
                new org.onetrip.cases.api.CaseFiledEvent(
                        filed.caseId(),
                        filed.context(),
                        filed.receiptCode(),
                        kind == null ? filed.kind() : kind,
                        filed.category() == null ? CaseCategory.OTHER : filed.category(),
                        title,
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

    private CaseSearchResponse filed(LocalDate from, LocalDate to) {
        return search.search(
                new CaseSearchRequest(null, null, null, null, null, null, null, false, false, from, to, 0, 50, null));
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
