package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.it.Staff.DISCIPLINE;
import static org.onetrip.it.Staff.INTAKE;
import static org.onetrip.it.Staff.NOBODY;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.StringReader;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.xml.sax.InputSource;

/** The disclosure API and Open311 over HTTP, on the real application with its demo data. */
class DisclosuresOverHttpTest {

    /** GeoReport v2, GET services: the fields of each service in the list. */
    static final Set<String> SERVICE_FIELDS =
            Set.of("service_code", "service_name", "description", "metadata", "type", "keywords", "group");
    /** GeoReport v2, GET service definition: the document and each attribute. */
    static final Set<String> DEFINITION_FIELDS = Set.of("service_code", "attributes");

    static final Set<String> ATTRIBUTE_FIELDS = Set.of(
            "variable", "code", "datatype", "required", "datatype_description", "order", "description", "values");
    static final Set<String> DATATYPES =
            Set.of("string", "number", "datetime", "text", "singlevaluelist", "multivaluelist");
    /** GeoReport v2, POST service request: the response fields (token only for non-realtime services). */
    static final Set<String> CREATED_FIELDS = Set.of("service_request_id", "service_notice", "account_id");
    /** GeoReport v2, GET service request: the fields of the request. */
    static final Set<String> REQUEST_FIELDS = Set.of(
            "service_request_id",
            "status",
            "status_notes",
            "service_name",
            "service_code",
            "description",
            "agency_responsible",
            "service_notice",
            "requested_datetime",
            "updated_datetime",
            "expected_datetime",
            "address",
            "address_id",
            "zipcode",
            "lat",
            "long",
            "media_url");

    static final Map<String, String> EDITOR = Staff.INTAKE;
    static final String SCRIPT = "<script>alert('x')</script>";

    @TempDir
    static Path dataDir;

    static RunningPortal portal;

    @BeforeAll
    static void start() {
        portal = RunningPortal.start(dataDir, "onetrip.demo-data=true");
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void the_demo_catalogue_covers_every_hall_zone_in_two_published_batches() {
        var items = portal.get("/api/public/disclosures/items", NOBODY).json().get("items");
        assertThat(items.size()).isGreaterThanOrEqualTo(25);
        var zones = new HashSet<String>();
        items.forEach(item -> zones.add(item.get("hallZoneLabel").asText()));
        assertThat(zones).containsExactlyInAnyOrder("民政", "人社", "村镇", "计生", "企业", "农业", "林业", "信访");
        assertThat(items.findValuesAsText("status")).doesNotContain("DRAFT");

        var batches =
                portal.get("/api/public/disclosures/batches", NOBODY).json().get("batches");
        assertThat(batches.findValuesAsText("batchName")).containsExactlyInAnyOrder("第一批", "第二批");
        batches.forEach(batch -> assertThat(batch.get("items").size()).isGreaterThan(10));

        var staffItems =
                portal.get("/api/staff/disclosures/items", EDITOR).json().get("items");
        assertThat(staffItems.findValuesAsText("status")).contains("DRAFT");
    }

    @Test
    void a_revised_item_shows_every_version_and_what_changed() {
        var item = portal.get("/api/public/disclosures/items/MZ-001", NOBODY).json();
        assertThat(item.get("currentVersion").asInt()).isEqualTo(3);
        assertThat(item.get("content").get("promisedTimeLimitDays").asInt()).isEqualTo(15);
        var history = item.get("history");
        assertThat(history.size()).isEqualTo(3);
        assertThat(history.get(0).get("batchName").asText()).isEqualTo("第一批");
        assertThat(history.get(0).get("changes").size()).isZero();
        var second = changes(history.get(1));
        assertThat(second).containsKeys("promisedTimeLimitDays", "materials");
        assertThat(second.get("promisedTimeLimitDays").get("before").asText()).isEqualTo("20");
        assertThat(second.get("promisedTimeLimitDays").get("after").asText()).isEqualTo("15");
        assertThat(second.get("materials").get("removed").get(0).asText()).contains("授权核查书");
        assertThat(changes(history.get(2))).containsOnlyKeys("processSteps");

        var first = portal.get("/api/public/disclosures/items/MZ-001/versions/1", NOBODY)
                .json();
        assertThat(first.get("content").get("promisedTimeLimitDays").asInt()).isEqualTo(20);
        var diff = portal.get("/api/public/disclosures/items/MZ-001/diff?from=1&to=3", NOBODY)
                .json();
        assertThat(diff.get("changes").findValuesAsText("field"))
                .containsExactly("materials", "promisedTimeLimitDays", "processSteps");
        assertThat(portal.get("/api/public/disclosures/items/MZ-001/versions/9", NOBODY)
                        .status())
                .isEqualTo(404);
        assertThat(item.has("editorCheck") && !item.get("editorCheck").isNull()).isFalse();
    }

    @Test
    void a_stale_if_match_on_an_item_is_a_conflict_that_names_the_item_and_changes_nothing() {
        var headers = new java.util.HashMap<>(EDITOR);
        headers.put("If-Match", "\"0\"");
        var stale =
                portal.post("/api/staff/disclosures/items/MZ-001/withdrawal", Map.of("reason", "并入县级平台办理"), headers);
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asText()).isEqualTo("/problems/concurrent-modification");
        assertThat(stale.json().get("detail").asText())
                .isEqualTo("the service item changed since you read it; read it again and retry");
        assertThat(portal.get("/api/public/disclosures/items/MZ-001", NOBODY)
                        .json()
                        .get("status")
                        .asText())
                .isEqualTo("PUBLISHED");
    }

    @Test
    void a_withdrawn_item_keeps_its_tombstone_and_a_corrected_notice_its_original() {
        var withdrawn =
                portal.get("/api/public/disclosures/items/QY-003", NOBODY).json();
        assertThat(withdrawn.get("status").asText()).isEqualTo("WITHDRAWN");
        assertThat(withdrawn.get("withdrawn").get("reason").asText()).contains("县级平台");

        var notices =
                portal.get("/api/public/disclosures/notices", NOBODY).json().get("notices");
        JsonNode corrected = null;
        for (var notice : notices) {
            if (notice.get("status").asText().equals("CORRECTED")) {
                corrected = notice;
            }
        }
        assertThat(corrected).isNotNull();
        assertThat(corrected.get("original").get("body").asText()).contains("0000-1234567");
        assertThat(corrected.get("body").asText()).contains("0000-7654321");
        assertThat(corrected.get("corrections").get(0).get("reason").asText()).contains("有误");
        assertThat(notices.findValuesAsText("kind")).contains("POLICY_INTERPRETATION");
    }

    @Test
    void drafts_are_staff_only_and_markup_is_stored_and_returned_as_text() {
        var created = portal.post(
                "/api/staff/disclosures/items",
                Map.of(
                        "code",
                        "XF-901",
                        "content",
                        Map.of("name", SCRIPT, "scope", SCRIPT, "conditions", List.of(SCRIPT + "等"))),
                EDITOR);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.header("Content-Type")).startsWith("application/json");
        assertThat(created.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(created.json().get("content").get("name").asText()).isEqualTo(SCRIPT);
        assertThat(created.json().get("editorCheck").get("vagueWording").findValuesAsText("term"))
                .contains("等");
        assertThat(created.json().get("editorCheck").get("missingFields").size())
                .isGreaterThan(3);
        assertThat(portal.get("/api/public/disclosures/items/XF-901", NOBODY).status())
                .isEqualTo(404);

        var publish = portal.post(
                "/api/staff/disclosures/batches",
                Map.of("batchName", "第九批", "itemCodes", List.of("XF-901", "LY-003")),
                EDITOR);
        assertThat(publish.status()).isEqualTo(409);
        assertThat(publish.json().get("reason").asText()).isEqualTo("BATCH_NOT_READY");
        assertThat(publish.json().get("detail").asText())
                .contains("XF-901: INCOMPLETE")
                .contains("LY-003");
        assertThat(portal.get("/api/public/disclosures/items/LY-003", NOBODY).status())
                .isEqualTo(404);
        assertThat(portal.get("/api/public/disclosures/batches", NOBODY)
                        .json()
                        .get("batches")
                        .size())
                .isEqualTo(2);
    }

    @Test
    void hostile_input_in_every_field_of_an_item_is_refused_whole() {
        var fields = new LinkedHashMap<String, Object>();
        fields.put("name", "名".repeat(101));
        fields.put("scope", "范".repeat(2001));
        fields.put("classificationReason", "依".repeat(2001));
        fields.put("fees", "费".repeat(501));
        fields.put("conditions", List.of("条".repeat(501)));
        fields.put("processSteps", List.of("步".repeat(501)));
        fields.put("materials", List.of(Map.of("name", "材".repeat(201))));
        fields.put("legalTimeLimitDays", 366);
        fields.put("promisedTimeLimitDays", 0);
        fields.put("howToApply", Map.of("windowLocation", "窗".repeat(201)));
        fields.put("departmentCode", "no-such-department");
        int n = 0;
        for (var field : fields.entrySet()) {
            var code = "XF-" + (950 + n++);
            var reply = portal.post(
                    "/api/staff/disclosures/items",
                    Map.of("code", code, "content", Map.of(field.getKey(), field.getValue())),
                    EDITOR);
            assertThat(reply.status()).as(field.getKey() + ": " + reply.body()).isEqualTo(400);
            assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
            assertThat(reply.json().get("type").asText()).isEqualTo("/problems/invalid-input");
            assertThat(reply.json().get("errors").get(0).get("field").asText()).startsWith("content." + field.getKey());
            assertThat(portal.get("/api/staff/disclosures/items/" + code, EDITOR)
                            .status())
                    .isEqualTo(404);
        }
        var badCode = portal.post("/api/staff/disclosures/items", Map.of("code", "<b>", "content", Map.of()), EDITOR);
        assertThat(badCode.status()).isEqualTo(400);
        var longNotice = portal.post(
                "/api/staff/disclosures/notices",
                Map.of("kind", "NOTICE", "title", "题".repeat(201), "body", "正文"),
                EDITOR);
        assertThat(longNotice.status()).isEqualTo(400);
        assertThat(longNotice.json().get("errors").findValuesAsText("field")).containsExactly("title");
    }

    @Test
    void only_editors_edit_the_catalogue_and_only_discipline_or_admin_publish_bulletins() {
        var handler = portal.post(
                "/api/staff/disclosures/batches",
                Map.of("batchName", "第十批", "itemCodes", List.of("LY-003")),
                Staff.handler("guotu"));
        assertThat(handler.status()).isEqualTo(409);
        assertThat(handler.json().get("reason").asText()).isEqualTo("ROLE_NOT_ALLOWED");
        var intake = portal.post("/api/staff/disclosures/bulletins", Map.of("period", "2025-01"), INTAKE);
        assertThat(intake.status()).isEqualTo(409);
        assertThat(intake.json().get("reason").asText()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(portal.post(
                                "/api/staff/disclosures/notices",
                                Map.of("kind", "NOTICE", "title", "t", "body", "b"),
                                NOBODY)
                        .status())
                .isEqualTo(401);
    }

    @Test
    void a_month_and_cut_off_is_published_once_even_by_racing_clerks_and_a_year_out_of_range_not_at_all()
            throws Exception {
        var period = YearMonth.now(ZoneId.of("Asia/Shanghai")).minusMonths(2).toString();
        var pool = java.util.concurrent.Executors.newFixedThreadPool(6);
        try {
            var attempts = new ArrayList<java.util.concurrent.Callable<RunningPortal.Reply>>();
            for (int i = 0; i < 6; i++) {
                attempts.add(
                        () -> portal.post("/api/staff/disclosures/bulletins", Map.of("period", period), DISCIPLINE));
            }
            var statuses = new ArrayList<Integer>();
            for (var reply : pool.invokeAll(attempts)) {
                statuses.add(reply.get().status());
                if (reply.get().status() == 409) {
                    assertThat(reply.get().json().get("reason").asText()).isEqualTo("BULLETIN_ALREADY_PUBLISHED");
                }
            }
            assertThat(statuses)
                    .containsOnly(201, 409)
                    .filteredOn(status -> status == 201)
                    .hasSize(1);
        } finally {
            pool.shutdown();
        }
        portal.awaitProjections();
        var published = portal.get("/api/public/disclosures/bulletins", NOBODY).json();
        assertThat(published.findValuesAsText("period")).containsOnlyOnce(period);
        for (var outOfRange : List.of("-0001-01", "0001-01", "1999-12")) {
            var reply = portal.post("/api/staff/disclosures/bulletins", Map.of("period", outOfRange), DISCIPLINE);
            assertThat(reply.status()).as(outOfRange).isEqualTo(400);
        }
    }

    @Test
    void a_bulletin_is_reproducible_at_its_cut_off_and_exported_as_csv_and_a_printable_page() {
        var period = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        var cutOff = Instant.now();
        var published = portal.post(
                "/api/staff/disclosures/bulletins",
                Map.of("period", period.toString(), "cutOff", cutOff.toString(), "title", "月报" + SCRIPT),
                DISCIPLINE);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        var id = published.json().get("id").asText();
        var bulletin =
                portal.get("/api/public/disclosures/bulletins/" + id, NOBODY).json();
        var totals = bulletin.get("figures").get("totals");
        assertThat(totals.get("received").asInt()).isGreaterThanOrEqualTo(5);
        assertThat(totals.get("pingPongs").asInt()).isEqualTo(1);
        var minzheng = row(bulletin, "minzheng");
        assertThat(minzheng.get("returns").asInt()).isEqualTo(1);
        assertThat(minzheng.get("pingPongs").asInt()).isEqualTo(1);
        assertThat(row(bulletin, "shebao").get("satisfactionRate").asDouble()).isEqualTo(100.0);

        var later = portal.post(
                "/api/public/cases", Map.of("kind", "COMPLAINT", "title", "后来的投诉", "description", "截止时间之后才提交"), NOBODY);
        assertThat(later.status()).isEqualTo(201);
        var verified = portal.get("/api/public/disclosures/bulletins/" + id + "/verification", NOBODY)
                .json();
        assertThat(verified.get("matches").asBoolean()).isTrue();
        assertThat(verified.get("recomputed")).isEqualTo(bulletin.get("figures"));

        var csv = portal.get("/api/public/disclosures/bulletins/" + id + "/csv", NOBODY);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.body()).startsWith("\uFEFF部门代码,部门,受理件数");
        assertThat(csv.body()).contains("minzheng,民政所").contains(",全乡合计,");

        var page = portal.get("/api/public/disclosures/bulletins/" + id + "/print", NOBODY);
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Type")).startsWith("text/html");
        assertThat(page.header("Content-Security-Policy"))
                .contains("default-src 'none'")
                .doesNotContain("script-src");
        assertThat(page.body())
                .contains("<svg")
                .contains("<rect")
                .contains("民政所")
                .contains("月报&lt;script&gt;")
                .contains("<html lang=\"zh-CN\">", "统计期间", "各部门受理件数", "全乡合计")
                .doesNotContain(SCRIPT);

        var englishCsv = portal.get("/api/public/disclosures/bulletins/" + id + "/csv?lang=en", NOBODY);
        assertThat(englishCsv.body())
                .startsWith("\uFEFFDepartment code,Department,Received")
                .contains("minzheng,Civil Affairs Office")
                .contains(",Township total,");
        var header = englishCsv.body().lines().findFirst().orElseThrow();
        assertThat(header).as("no Chinese in the English header").doesNotContainPattern("\\p{IsHan}");
        var englishPage = portal.get("/api/public/disclosures/bulletins/" + id + "/print?lang=en", NOBODY);
        assertThat(englishPage.body())
                .contains("<html lang=\"en\">", "Period ", "Township total", "Civil Affairs Office")
                .containsPattern(">(1 case|[0-9]+ cases)</text>")
                .doesNotContain(">1 cases<")
                .doesNotContain("统计期间", "全乡合计", "民政所", "本期无办件数据");
    }

    @Test
    void open311_services_and_definitions_carry_exactly_the_georeport_fields() {
        var services = portal.get("/open311/v2/services.json", NOBODY);
        assertThat(services.status()).isEqualTo(200);
        assertThat(services.header("Content-Type")).startsWith("application/json");
        assertThat(services.json().isArray()).isTrue();
        assertThat(services.json().size()).isGreaterThanOrEqualTo(25);
        for (var service : services.json()) {
            assertThat(fieldNames(service)).isEqualTo(SERVICE_FIELDS);
            assertThat(service.get("metadata").isBoolean()).isTrue();
            assertThat(service.get("type").asText()).isIn("realtime", "batch", "blackbox");
            assertThat(service.get("service_code").asText()).isNotBlank();
        }
        assertThat(services.json().findValuesAsText("service_code")).doesNotContain("QY-003", "LY-003");

        var definition = portal.get("/open311/v2/services/MZ-001.json", NOBODY).json();
        assertThat(fieldNames(definition)).isEqualTo(DEFINITION_FIELDS);
        for (var attribute : definition.get("attributes")) {
            assertThat(fieldNames(attribute)).isEqualTo(ATTRIBUTE_FIELDS);
            assertThat(attribute.get("datatype").asText()).isIn(DATATYPES);
            attribute
                    .get("values")
                    .forEach(value -> assertThat(fieldNames(value)).isEqualTo(Set.of("key", "name")));
        }
        var unknown = portal.get("/open311/v2/services/QY-003.json", NOBODY);
        assertThat(unknown.status()).isEqualTo(404);
        assertOpen311Error(unknown, 404);
    }

    @Test
    void an_open311_request_files_a_case_and_its_status_is_public() {
        long before = totalCases();
        var created = portal.postForm(
                "/open311/v2/requests.json",
                form(Map.of(
                        "service_code",
                        "MZ-001",
                        "description",
                        SCRIPT + " 低保申请跑了三趟",
                        "address_string",
                        "泗店村",
                        "lat",
                        "34.1",
                        "long",
                        "113.2",
                        "first_name",
                        "秀兰",
                        "last_name",
                        "王",
                        "phone",
                        "13800001111",
                        "attribute[category]",
                        "MORE_THAN_ONE_TRIP")),
                NOBODY);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        assertThat(created.json().size()).isEqualTo(1);
        assertThat(fieldNames(created.json().get(0))).isEqualTo(CREATED_FIELDS);
        var id = created.json().get(0).get("service_request_id").asText();
        assertThat(totalCases()).isEqualTo(before + 1);

        var status = portal.get("/open311/v2/requests/" + id + ".json", NOBODY);
        assertThat(status.status()).isEqualTo(200);
        var request = status.json().get(0);
        assertThat(fieldNames(request)).isEqualTo(REQUEST_FIELDS);
        assertThat(request.get("status").asText()).isEqualTo("open");
        assertThat(request.get("service_code").asText()).isEqualTo("MZ-001");
        assertThat(request.get("service_name").asText()).isEqualTo("最低生活保障审批");
        assertThat(status.body()).doesNotContain("13800001111").doesNotContain("王秀兰");

        var tracked = portal.get("/api/public/cases/" + id, NOBODY).json();
        assertThat(tracked.get("kind").asText()).isEqualTo("COMPLAINT");
        assertThat(tracked.get("category").asText()).isEqualTo("MORE_THAN_ONE_TRIP");
        assertThat(tracked.get("status").asText()).isEqualTo("FILED");
    }

    @Test
    void bad_open311_requests_get_open311_errors_and_store_nothing() {
        long before = totalCases();
        var cases = new ArrayList<Map<String, String>>();
        cases.add(Map.of("description", "没有事项编码"));
        cases.add(Map.of("service_code", "MZ-001"));
        cases.add(Map.of("service_code", "MZ-001", "description", "长".repeat(4001)));
        cases.add(Map.of("service_code", "MZ-001", "description", "d", "email", SCRIPT));
        cases.add(Map.of("service_code", "MZ-001", "description", "d", "phone", SCRIPT));
        cases.add(Map.of("service_code", "MZ-001", "description", "d", "lat", "91", "long", "0"));
        cases.add(Map.of("service_code", "MZ-001", "description", "d", "lat", "1"));
        cases.add(Map.of("service_code", "MZ-001", "description", "d", "first_name", "名".repeat(26)));
        cases.add(Map.of("service_code", "MZ-001", "description", "d", "address_string", "址".repeat(301)));
        cases.add(Map.of("service_code", "MZ-001", "description", "d", "media_url", "javascript:alert(1)"));
        cases.add(Map.of("service_code", "MZ-001", "description", "d", "attribute[kind]", SCRIPT));
        for (var fields : cases) {
            var reply = portal.postForm("/open311/v2/requests.json", form(fields), NOBODY);
            assertThat(reply.status()).as(fields.keySet() + ": " + reply.body()).isEqualTo(400);
            assertOpen311Error(reply, 400);
        }
        assertOpen311Error(
                portal.postForm(
                        "/open311/v2/requests.json", form(Map.of("service_code", SCRIPT, "description", "d")), NOBODY),
                400);
        assertOpen311Error(
                portal.postForm(
                        "/open311/v2/requests.json",
                        form(Map.of("service_code", "ZZ-999", "description", "d")),
                        NOBODY),
                404);
        assertOpen311Error(
                portal.postForm(
                        "/open311/v2/requests.json",
                        form(Map.of("service_code", "LY-003", "description", "草稿事项")),
                        NOBODY),
                404);
        var unknownRequest = portal.get("/open311/v2/requests/NOPE.json", NOBODY);
        assertOpen311Error(unknownRequest, 404);
        var tooLarge = portal.postForm("/open311/v2/requests.json", "description=" + "x".repeat(70_000), NOBODY);
        assertOpen311Error(tooLarge, 413);
        assertThat(totalCases()).isEqualTo(before);
    }

    @Test
    void open311_speaks_xml_with_the_same_fields_as_json_and_advertises_both_formats() throws Exception {
        var discovery = portal.get("/open311/discovery.json", NOBODY).json();
        var endpoint = discovery.get("endpoints").get(0);
        assertThat(endpoint.get("specification").asText()).isEqualTo("http://wiki.open311.org/GeoReport_v2");
        assertThat(endpoint.get("url").asText()).endsWith("/open311/v2/");
        assertThat(endpoint.get("formats").toString()).isEqualTo("[\"text/xml\",\"application/json\"]");
        assertThat(xml(portal.get("/open311/discovery.xml", NOBODY))
                        .getDocumentElement()
                        .getTagName())
                .isEqualTo("discovery");

        var services = portal.get("/open311/v2/services.xml?jurisdiction_id=onetrip", NOBODY);
        assertThat(services.status()).isEqualTo(200);
        assertThat(services.header("Content-Type")).startsWith("text/xml");
        var list = xml(services).getDocumentElement();
        assertThat(list.getTagName()).isEqualTo("services");
        var entries = children(list);
        assertThat(entries.size())
                .isEqualTo(
                        portal.get("/open311/v2/services.json", NOBODY).json().size());
        entries.forEach(service -> {
            assertThat(service.getTagName()).isEqualTo("service");
            assertThat(names(service)).isEqualTo(SERVICE_FIELDS);
        });

        var definition =
                xml(portal.get("/open311/v2/services/MZ-001.xml", NOBODY)).getDocumentElement();
        assertThat(definition.getTagName()).isEqualTo("service_definition");
        assertThat(names(definition)).isEqualTo(DEFINITION_FIELDS);
        var attributes = children(children(definition).get(1));
        assertThat(attributes).isNotEmpty();
        attributes.forEach(attribute -> assertThat(names(attribute)).isEqualTo(ATTRIBUTE_FIELDS));

        var created = portal.postForm(
                "/open311/v2/requests.xml",
                form(Map.of("service_code", "MZ-001", "description", "低保材料<b>不清</b>", "jurisdiction_id", "onetrip")),
                NOBODY);
        assertThat(created.status()).as(created.body()).isEqualTo(201);
        var requests = xml(created).getDocumentElement();
        assertThat(requests.getTagName()).isEqualTo("service_requests");
        var request = children(requests).get(0);
        assertThat(request.getTagName()).isEqualTo("request");
        assertThat(names(request)).isEqualTo(CREATED_FIELDS);
        var id = children(request).get(0).getTextContent();

        var status =
                xml(portal.get("/open311/v2/requests/" + id + ".xml", NOBODY)).getDocumentElement();
        assertThat(names(children(status).get(0))).isEqualTo(REQUEST_FIELDS);

        // GET requests: by ids only; unknown ids are left out
        var byIds = portal.get("/open311/v2/requests.json?service_request_id=" + id + ",0000-0000-0000-0000-0", NOBODY);
        assertThat(byIds.status()).isEqualTo(200);
        assertThat(byIds.json().size()).isEqualTo(1);
        assertThat(fieldNames(byIds.json().get(0))).isEqualTo(REQUEST_FIELDS);
        assertThat(byIds.json().get(0).get("service_request_id").asText()).isEqualTo(id);
        assertOpen311Error(portal.get("/open311/v2/requests.json", NOBODY), 400);
        assertOpen311Error(portal.get("/open311/v2/services.json?jurisdiction_id=elsewhere", NOBODY), 404);

        // not form-encoded, or not an Open311 resource: still Open311 errors, never a page or a redirect
        assertOpen311Error(portal.post("/open311/v2/requests.json", Map.of("service_code", "MZ-001"), NOBODY), 415);
        assertOpen311Error(portal.get("/open311/v2/services.txt", NOBODY), 404);

        var xmlError = portal.postForm(
                "/open311/v2/requests.xml", form(Map.of("service_code", "ZZ-999", "description", "d")), NOBODY);
        assertThat(xmlError.status()).isEqualTo(404);
        var error = children(xml(xmlError).getDocumentElement()).get(0);
        assertThat(error.getTagName()).isEqualTo("error");
        assertThat(names(error)).isEqualTo(Set.of("code", "description"));
        assertThat(children(error).get(0).getTextContent()).isEqualTo("404");
    }

    @Test
    void published_bulletins_are_found_by_the_public_disclosure_search_beside_items_and_notices() throws Exception {
        var period = YearMonth.now(ZoneId.of("Asia/Shanghai"));
        var published = portal.post(
                "/api/staff/disclosures/bulletins",
                Map.of("period", period.toString(), "cutOff", Instant.now().toString(), "title", "纪委办专项通报"),
                DISCIPLINE);
        assertThat(published.status()).as(published.body()).isEqualTo(201);
        var id = published.json().get("id").asText();
        JsonNode hits = null;
        for (int attempt = 0; attempt < 100; attempt++) {
            hits = portal.get(
                            "/api/public/search/disclosures?q=" + URLEncoder.encode("专项通报", StandardCharsets.UTF_8),
                            NOBODY)
                    .json()
                    .get("hits");
            if (hits.findValuesAsText("code").contains(id)) {
                break;
            }
            Thread.sleep(200);
        }
        assertThat(hits.findValuesAsText("code"))
                .as("the best match first")
                .first()
                .isEqualTo(id);
        var hit = hits.get(0);
        assertThat(hit.get("type").asText()).isEqualTo("BULLETIN");
        assertThat(hit.get("period").asText()).isEqualTo(period.toString());
        assertThat(hit.get("departmentNames").toString()).contains("民政所");
        assertThat(hit.get("received").asInt()).isGreaterThanOrEqualTo(5);

        // the demo's bulletin is there too, and bulletins sit beside items and notices in one search
        var bulletins = portal.get("/api/public/search/disclosures?type=BULLETIN&size=50", NOBODY)
                .json();
        assertThat(bulletins.get("total").asInt()).isGreaterThanOrEqualTo(2);
        var mixed = portal.get(
                        "/api/public/search/disclosures?q=" + URLEncoder.encode("民政", StandardCharsets.UTF_8)
                                + "&size=50",
                        NOBODY)
                .json()
                .get("hits")
                .findValuesAsText("type");
        assertThat(mixed).contains("SERVICE_ITEM", "BULLETIN");
        var wrongType = portal.get("/api/public/search/disclosures?type=REPORT", NOBODY);
        assertThat(wrongType.status()).isEqualTo(400);
        assertThat(wrongType.json().get("detail").asText()).contains("BULLETIN");
    }

    @Test
    void the_assessment_scores_every_department_with_the_weights_used() {
        var year = YearMonth.now(ZoneId.of("Asia/Shanghai")).getYear();
        var assessment = portal.get("/api/staff/disclosures/assessment/" + year, DISCIPLINE);
        assertThat(assessment.status()).as(assessment.body()).isEqualTo(200);
        assertThat(assessment.json().get("weights").get("on-time-rate").asDouble())
                .isEqualTo(60.0);
        var minzheng = assessment.json().get("departments").findParents("departmentCode").stream()
                .filter(d -> "minzheng".equals(d.get("departmentCode").asText()))
                .findFirst()
                .orElseThrow();
        assertThat(minzheng.get("deductions").asDouble()).isGreaterThan(0);
        assertThat(minzheng.get("score").asDouble()).isLessThan(100);
        assertThat(portal.get("/api/staff/disclosures/assessment/" + year, NOBODY)
                        .status())
                .isEqualTo(401);
    }

    private static void assertOpen311Error(RunningPortal.Reply reply, int code) {
        assertThat(reply.status()).isEqualTo(code);
        assertThat(reply.header("Content-Type")).startsWith("application/json");
        var errors = reply.json();
        assertThat(errors.isArray()).isTrue();
        assertThat(fieldNames(errors.get(0))).isEqualTo(Set.of("code", "description"));
        assertThat(errors.get(0).get("code").asInt()).isEqualTo(code);
    }

    private static JsonNode row(JsonNode bulletin, String department) {
        for (var row : bulletin.get("figures").get("departments")) {
            if (department.equals(row.get("departmentCode").asText())) {
                return row;
            }
        }
        throw new AssertionError("no row for " + department);
    }

    private static Map<String, JsonNode> changes(JsonNode version) {
        var map = new LinkedHashMap<String, JsonNode>();
        version.get("changes").forEach(change -> map.put(change.get("field").asText(), change));
        return map;
    }

    private static Document xml(RunningPortal.Reply reply) throws Exception {
        assertThat(reply.header("Content-Type")).startsWith("text/xml");
        assertThat(reply.body()).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"?>");
        var factory = DocumentBuilderFactory.newInstance();
        factory.setFeature("http://apache.org/xml/features/disallow-doctype-decl", true);
        return factory.newDocumentBuilder().parse(new InputSource(new StringReader(reply.body())));
    }

    private static List<Element> children(Element parent) {
        var children = new ArrayList<Element>();
        for (var node = parent.getFirstChild(); node != null; node = node.getNextSibling()) {
            if (node instanceof Element element) {
                children.add(element);
            }
        }
        return children;
    }

    private static Set<String> names(Element parent) {
        return children(parent).stream().map(Element::getTagName).collect(Collectors.toSet());
    }

    private static Set<String> fieldNames(JsonNode node) {
        var names = new HashSet<String>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static String form(Map<String, String> fields) {
        return fields.entrySet().stream()
                .map(e -> URLEncoder.encode(e.getKey(), StandardCharsets.UTF_8) + "="
                        + URLEncoder.encode(e.getValue(), StandardCharsets.UTF_8))
                .collect(Collectors.joining("&"));
    }

    private static long totalCases() {
        return portal.get("/api/public/statistics", NOBODY).json().get("total").asLong();
    }
}
