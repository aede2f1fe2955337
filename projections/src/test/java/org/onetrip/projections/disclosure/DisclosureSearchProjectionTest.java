package org.onetrip.projections.disclosure;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.disclosure.api.BulletinPublishedEvent;
import org.onetrip.disclosure.api.Classification;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.api.HowToApply;
import org.onetrip.disclosure.api.MaterialForm;
import org.onetrip.disclosure.api.NoticeCorrectedEvent;
import org.onetrip.disclosure.api.NoticeKind;
import org.onetrip.disclosure.api.NoticePublishedEvent;
import org.onetrip.disclosure.api.NoticeRetractedEvent;
import org.onetrip.disclosure.api.RequiredMaterial;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.disclosure.api.ServiceItemDraftCreatedEvent;
import org.onetrip.disclosure.api.ServiceItemPublishedEvent;
import org.onetrip.disclosure.api.ServiceItemRevisedEvent;
import org.onetrip.disclosure.api.ServiceItemWithdrawnEvent;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.testing.SearchNode;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;

class DisclosureSearchProjectionTest {

    static final Actor EDITOR = new Actor("li.hua", Role.ADMIN, "bianmin");
    static final AtomicInteger IDS = new AtomicInteger();

    ElasticsearchClient client = SearchNode.client();
    ProjectionIndex index;
    DisclosureSearchProjection projection;
    DisclosureSearch search;

    @BeforeEach
    void freshIndex() {
        index = new ProjectionIndex(
                client,
                SearchNode.uniquePrefix("disclosures"),
                "projections/disclosures-index.json",
                Clock.systemUTC());
        index.ensureExists();
        projection = new DisclosureSearchProjection(client, index);
        search = new DisclosureSearch(client, index.readAlias());
    }

    @Test
    void a_search_for_dibao_finds_the_minimum_living_allowance_item() {
        publish("MZ-001", 0, content("最低生活保障金申请", "户籍在本镇且家庭人均收入低于当地标准", "户口簿"));
        publish("RS-001", 0, content("城乡居民养老保险参保登记", "年满16周岁", "身份证"));
        assertThat(codes(search("低保", null))).containsExactly("MZ-001");
        assertThat(codes(search("养老保险", null))).containsExactly("RS-001");
        assertThat(codes(search("户口簿", null))).containsExactly("MZ-001");
        var hit = search("低保", null).hits().get(0);
        assertThat(hit.type).isEqualTo(DisclosureType.SERVICE_ITEM);
        assertThat(hit.departmentCode).isEqualTo("minzheng");
        assertThat(hit.hallZone).isEqualTo("MINZHENG");
        assertThat(hit.classification).isEqualTo("AT_MOST_ONE_TRIP");
        assertThat(hit.version).isEqualTo(1);
        assertThat(hit.materials).singleElement().asString().startsWith("户口簿（原件及复印件，1份");
    }

    @Test
    void drafts_are_never_indexed() {
        projection.on(
                new ServiceItemPublishedEvent(
                        "MZ-002", context(), 1, "b1", "第一批", null, content("临时救助申请", "遭遇突发困难", "申请书"), List.of(), null),
                1);
        // only draft events for MZ-009: nothing is handled, nothing is written
        var draft = new ServiceItemDraftCreatedEvent("MZ-009", context(), content("低保草稿事项", "草稿条件", "草稿材料"));
        assertThat(new org.axonframework.eventhandling.AnnotationEventHandlerAdapter(projection)
                        .canHandle(org.axonframework.eventhandling.GenericEventMessage.asEventMessage(draft)))
                .isFalse();
        projection.on(
                new ServiceItemRevisedEvent(
                        "MZ-009",
                        context(),
                        2,
                        content("低保草稿事项", "草稿条件", "草稿材料"),
                        "改",
                        List.of("name"),
                        List.of(),
                        null),
                1);
        projection.on(new ServiceItemWithdrawnEvent("MZ-009", context(), 1, "撤回草稿"), 2);
        index.refresh();
        assertThat(codes(search("草稿", null))).isEmpty();
        assertThat(codes(search(null, null))).containsExactly("MZ-002");
    }

    @Test
    void a_revision_replaces_the_document_and_an_old_redelivered_event_does_not_roll_it_back() {
        var published = new ServiceItemPublishedEvent(
                "MZ-001", context(), 1, "b1", "第一批", null, content("最低生活保障金申请", "家庭人均收入低于标准", "户口簿"), List.of(), null);
        projection.on(published, 1);
        projection.on(
                new ServiceItemRevisedEvent(
                        "MZ-001",
                        context(),
                        2,
                        content("最低生活保障金申请", "家庭人均收入低于标准", "居民身份证"),
                        "材料调整",
                        List.of("materials"),
                        List.of(),
                        null),
                2);
        index.refresh();
        assertThat(search(null, null).hits()).singleElement().satisfies(doc -> {
            assertThat(doc.version).isEqualTo(2);
            assertThat(doc.materials).singleElement().asString().startsWith("居民身份证");
        });
        // a redelivery of version 1, through this projection and through a fresh one (cold cache)
        projection.on(published, 1);
        new DisclosureSearchProjection(client, index).on(published, 1);
        index.refresh();
        assertThat(search("户口簿", null).hits()).isEmpty();
        assertThat(search("身份证", null).hits())
                .singleElement()
                .satisfies(doc -> assertThat(doc.version).isEqualTo(2));
        assertThat(search(null, null).total()).isEqualTo(1);
    }

    @Test
    void a_withdrawn_item_shows_as_withdrawn() {
        publish("QY-003", 0, content("企业名称预先核准", "企业申请人", "名称预先核准申请书"));
        projection.on(new ServiceItemWithdrawnEvent("QY-003", context(), 1, "职能已划转市场监管部门"), 1);
        new DisclosureSearchProjection(client, index)
                .on(new ServiceItemWithdrawnEvent("QY-003", context(), 1, "职能已划转市场监管部门"), 1);
        index.refresh();
        assertThat(search("名称预先核准", null).hits()).singleElement().satisfies(doc -> {
            assertThat(doc.withdrawn).isTrue();
            assertThat(doc.withdrawalReason).isEqualTo("职能已划转市场监管部门");
            assertThat(doc.name).isEqualTo("企业名称预先核准");
        });
    }

    @Test
    void notices_are_searchable_with_corrections_appended_and_retraction_marked() {
        projection.on(
                new NoticePublishedEvent(
                        "N-1",
                        context(),
                        NoticeKind.NOTICE,
                        "关于低保年审的通知",
                        "请于三月底前到民政窗口办理年审",
                        "minzheng",
                        List.of("MZ-001")),
                0);
        projection.on(new NoticeCorrectedEvent("N-1", context(), 1, "关于低保年审的通知", "请于四月底前到民政窗口办理年审", "日期有误"), 1);
        publish("MZ-001", 0, content("最低生活保障金申请", "家庭人均收入低于标准", "户口簿"));
        assertThat(codes(search("四月底", null))).containsExactly("N-1");
        assertThat(codes(search("低保", DisclosureType.NOTICE))).containsExactly("N-1");
        assertThat(codes(search("低保", DisclosureType.SERVICE_ITEM))).containsExactly("MZ-001");
        assertThat(codes(search("低保", null))).containsExactlyInAnyOrder("N-1", "MZ-001");
        var notice = search("年审", DisclosureType.NOTICE).hits().get(0);
        assertThat(notice.body).contains("四月底");
        assertThat(notice.correctionCount).isEqualTo(1);
        assertThat(notice.corrections).singleElement().asString().contains("日期有误");
        assertThat(notice.retracted).isFalse();
        projection.on(new NoticeRetractedEvent("N-1", context(), "已另行发布"), 2);
        index.refresh();
        assertThat(search("年审", DisclosureType.NOTICE).hits())
                .singleElement()
                .satisfies(doc -> assertThat(doc.retracted).isTrue());
    }

    @Test
    void hostile_query_strings_are_searched_as_text_and_never_fail() {
        publish("MZ-001", 0, content("最低生活保障金申请", "家庭人均收入低于标准", "户口簿"));
        for (var hostile : List.of(
                "((((",
                "name:x AND \\\\",
                "*:*",
                "{\"match_all\":{}}",
                "<script>alert(1)</script>",
                "a~99999 /regex/ \"unclosed",
                "body:* OR code:*",
                "\u0000\u0007控制字符")) {
            assertThat(search(hostile, null).hits()).as(hostile).isEmpty();
        }
        assertThatThrownBy(() -> search("低".repeat(201), null)).isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> search.search(null, null, 0, 101)).isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> search.search(null, null, -1, 10)).isInstanceOf(InvalidSearchException.class);
        assertThatThrownBy(() -> DisclosureType.parse("REPORT")).isInstanceOf(InvalidSearchException.class);
        assertThat(DisclosureType.parse("notice")).isEqualTo(DisclosureType.NOTICE);
        assertThat(DisclosureType.parse(" bulletin ")).isEqualTo(DisclosureType.BULLETIN);
    }

    @Test
    void a_published_bulletin_is_found_by_title_period_department_and_figures_beside_items_and_notices() {
        projection.on(bulletin("B-2026-10", YearMonth.of(2026, 10), "2026年10月“最多跑一次”办件情况通报"), 0);
        projection.on(bulletin("B-2026-09", YearMonth.of(2026, 9), "2026年9月办件情况通报"), 0);
        projection.on(
                new NoticePublishedEvent(
                        "N-1",
                        context(),
                        NoticeKind.NOTICE,
                        "关于十月份民政所窗口调整的通知",
                        "民政所窗口迁至便民服务中心二楼",
                        "minzheng",
                        List.of()),
                0);
        publish("MZ-001", 0, content("最低生活保障金申请", "家庭人均收入低于标准", "户口簿"));

        assertThat(codes(search("10月通报", null))).first().isEqualTo("B-2026-10");
        assertThat(codes(search("月报", null))).containsExactlyInAnyOrder("B-2026-10", "B-2026-09");
        assertThat(codes(search("2026-09", null))).containsExactly("B-2026-09");
        assertThat(codes(search("满意率", null))).containsExactlyInAnyOrder("B-2026-10", "B-2026-09");
        // the departments it reports on are searchable; an idle department is not named
        assertThat(codes(search("林业站", DisclosureType.BULLETIN))).containsExactly("B-2026-10");
        assertThat(codes(search("计生办", DisclosureType.BULLETIN))).isEmpty();
        assertThat(codes(search("民政所", null))).containsExactlyInAnyOrder("B-2026-10", "B-2026-09", "N-1");
        assertThat(codes(search(null, DisclosureType.BULLETIN))).containsExactlyInAnyOrder("B-2026-10", "B-2026-09");
        assertThat(search(null, null).total()).isEqualTo(4);

        var hit = search("2026-10", DisclosureType.BULLETIN).hits().get(0);
        assertThat(hit.type).isEqualTo(DisclosureType.BULLETIN);
        assertThat(hit.id).isEqualTo("bulletin-B-2026-10");
        assertThat(hit.period).isEqualTo("2026-10");
        assertThat(hit.cutOff).isEqualTo(Instant.parse("2026-10-31T16:00:00Z"));
        assertThat(hit.calendarVersion).isEqualTo(3);
        assertThat(hit.departmentNames).containsExactly("民政所", "林业站");
        assertThat(hit.received).isEqualTo(7);
        assertThat(hit.answered).isEqualTo(6);
        assertThat(hit.onTimeRate).isEqualTo(83.3);
        assertThat(hit.satisfactionRate).isEqualTo(100.0);
        assertThat(hit.body).isEqualTo("2026年10月定期通报：受理7件，办结6件，按期办结率83.3%，群众满意率100%，督办1件，问责0次。");
        assertThat(hit.publishedAt).isNotNull();
    }

    @Test
    void a_redelivered_bulletin_is_written_once_and_a_replay_builds_the_same_document() throws Exception {
        var published = bulletin("B-2026-10", YearMonth.of(2026, 10), "2026年10月办件情况通报");
        projection.on(published, 0);
        index.refresh();
        var first = client.get(g -> g.index(index.readAlias()).id("bulletin-B-2026-10"), java.util.Map.class)
                .source();
        projection.on(published, 0);
        new DisclosureSearchProjection(client, index).on(published, 0);
        index.refresh();
        assertThat(search(null, DisclosureType.BULLETIN).total()).isEqualTo(1);
        assertThat(client.get(g -> g.index(index.readAlias()).id("bulletin-B-2026-10"), java.util.Map.class)
                        .source())
                .isEqualTo(first);

        // a rebuild into a fresh generation, by a fresh projection, from the same event
        index.startRebuild();
        var replaying = new DisclosureSearchProjection(client, index);
        replaying.reset();
        replaying.on(published, 0);
        index.finishRebuild();
        index.refresh();
        assertThat(client.get(g -> g.index(index.readAlias()).id("bulletin-B-2026-10"), java.util.Map.class)
                        .source())
                .isEqualTo(first);
    }

    private static BulletinPublishedEvent bulletin(String id, YearMonth period, String title) {
        var zone = java.time.ZoneId.of("Asia/Shanghai");
        var minzheng = figures("minzheng", "民政所", 5, 4, 3, 100.0, 1);
        // 林业站 had nothing in September
        var linye = period.getMonthValue() == 9
                ? figures("linye", "林业站", 0, 0, 0, null, 0)
                : figures("linye", "林业站", 2, 2, 2, 100.0, 0);
        var jisheng = figures("jisheng", "计生办", 0, 0, 0, null, 0);
        var totals = new DepartmentFigures(null, "全乡合计", 7, 6, 5, 83.3, 4.2, 1, 1, 0, 3, 3, 100.0, 1, 0, 0);
        return new BulletinPublishedEvent(
                id,
                context(),
                title,
                period,
                period.atDay(1).atStartOfDay(zone).toInstant(),
                period.plusMonths(1).atDay(1).atStartOfDay(zone).toInstant(),
                120,
                40,
                3,
                new BulletinFigures(List.of(minzheng, linye, jisheng), totals));
    }

    private static DepartmentFigures figures(
            String code, String name, int received, int answered, int onTime, Double satisfaction, int supervisions) {
        return new DepartmentFigures(
                code,
                name,
                received,
                answered,
                onTime,
                answered == 0 ? null : Math.round(1000.0 * onTime / answered) / 10.0,
                answered == 0 ? null : 4.0,
                0,
                0,
                0,
                satisfaction == null ? 0 : 1,
                satisfaction == null ? 0 : 1,
                satisfaction,
                supervisions,
                0,
                0);
    }

    private void publish(String code, long sequence, ServiceItemContent content) {
        projection.on(
                new ServiceItemPublishedEvent(code, context(), 1, "b1", "第一批", null, content, List.of(), null),
                sequence);
        index.refresh();
    }

    private DisclosureSearch.Response search(String q, DisclosureType type) {
        index.refresh();
        return search.search(q, type, 0, 50);
    }

    private static List<String> codes(DisclosureSearch.Response response) {
        return response.hits().stream().map(doc -> doc.code).toList();
    }

    private static EventContext context() {
        return new EventContext("e-" + IDS.incrementAndGet(), EDITOR, Channel.PORTAL, Instant.now());
    }

    private static ServiceItemContent content(String name, String condition, String material) {
        var zone = name.contains("养老") ? HallZone.RENSHE : name.contains("企业") ? HallZone.QIYE : HallZone.MINZHENG;
        var department = zone == HallZone.MINZHENG ? "minzheng" : zone == HallZone.RENSHE ? "renshe" : "qiye";
        return new ServiceItemContent(
                name,
                department,
                zone,
                Classification.AT_MOST_ONE_TRIP,
                null,
                "本镇居民",
                List.of(condition),
                List.of(new RequiredMaterial(material, MaterialForm.ORIGINAL_AND_COPY, 1, true, null)),
                20,
                10,
                "不收费",
                List.of("受理", "审核", "办结"),
                new HowToApply(true, "民政窗口", false, null, false));
    }
}
