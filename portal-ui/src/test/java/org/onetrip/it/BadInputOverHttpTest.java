package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.it.Staff.INTAKE;
import static org.onetrip.it.Staff.NOBODY;
import static org.onetrip.it.Staff.handler;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class BadInputOverHttpTest {

    @TempDir
    static Path dataDir;

    static RunningPortal portal;

    @BeforeAll
    static void start() {
        portal = RunningPortal.start(dataDir);
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void missing_fields_are_named_in_an_invalid_input_problem_and_nothing_is_stored() {
        long before = totalCases();
        var reply = portal.post("/api/public/cases", Map.of("description", "只有描述"), NOBODY);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).isEqualTo("/problems/invalid-input");
        assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactlyInAnyOrder("kind", "title");
        assertThat(totalCases()).isEqualTo(before);
    }

    @Test
    void an_unknown_kind_is_refused_with_the_allowed_values() {
        var reply =
                portal.post("/api/public/cases", Map.of("kind", "GRIEVANCE", "title", "t", "description", "d"), NOBODY);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("type").asText()).isEqualTo("/problems/malformed-request");
        assertThat(reply.json().get("detail").asText()).contains("GRIEVANCE").contains("COMPLAINT");
    }

    @Test
    void malformed_json_is_a_malformed_request() {
        var reply = portal.post("/api/public/cases", "{\"kind\": \"COMPLAINT\", ", NOBODY);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("type").asText()).isEqualTo("/problems/malformed-request");
    }

    @Test
    void a_misspelt_field_is_a_malformed_request_naming_it_and_nothing_is_filed() {
        long before = totalCases();
        var reply = portal.post(
                "/api/public/cases",
                "{\"kind\":\"COMPLAINT\",\"title\":\"路灯不亮\",\"description\":\"村口路灯坏了\",\"anonymus\":true,"
                        + "\"contact\":{\"name\":\"王五\",\"phone\":\"13222222222\"}}",
                NOBODY);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("type").asText()).isEqualTo("/problems/malformed-request");
        assertThat(reply.json().get("detail").asText()).isEqualTo("unknown field 'anonymus'");
        // read before any rule of the case: a fraction of a day is not rounded down to a whole one
        var fraction = portal.post(
                "/api/staff/cases/any-case/extension-request",
                "{\"workingDays\":1.5,\"reason\":\"需要现场勘查\"}",
                Staff.handler("minzheng"));
        assertThat(fraction.status()).isEqualTo(400);
        assertThat(fraction.json().get("detail").asText()).isEqualTo("workingDays: wrong type of value");
        assertThat(totalCases()).isEqualTo(before);
    }

    @Test
    void a_wildcard_or_unparseable_content_type_is_an_unsupported_media_type_not_an_internal_error() {
        for (var type : java.util.List.of("*/*", "application/*", "application/*+json", "json")) {
            var reply = portal.post(
                    "/api/public/cases",
                    Map.of("kind", "COMPLAINT", "title", "t", "description", "d"),
                    with(NOBODY, "Content-Type", type));
            assertThat(reply.status()).as(type).isEqualTo(415);
            assertThat(reply.json().get("type").asText()).isEqualTo("/problems/unsupported-media-type");
        }
    }

    @Test
    void a_repeated_parameter_with_a_wrong_value_is_named_by_its_values_never_as_a_java_array() {
        var reply = portal.get("/api/staff/search/cases?kind=COMPLAINT&kind=NOPE", INTAKE);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("detail").asText())
                .contains("'COMPLAINT,NOPE'")
                .doesNotContain("java");
    }

    @Test
    void a_refusal_for_the_role_names_the_action_in_words_never_a_class() {
        var caseId = caseId(file("路灯不亮", "村口路灯坏了一个月"));
        var reply = portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), Staff.handler("minzheng"));
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("detail").asText()).isEqualTo("HANDLER may not accept case");
    }

    @Test
    void a_one_megabyte_description_is_refused_before_parsing_and_nothing_is_stored() {
        long before = totalCases();
        var reply = portal.post(
                "/api/public/cases",
                Map.of("kind", "COMPLAINT", "title", "长文", "description", "投".repeat(1_000_000)),
                NOBODY);
        assertThat(reply.status()).isEqualTo(413);
        assertThat(reply.json().get("type").asText()).isEqualTo("/problems/payload-too-large");
        assertThat(totalCases()).isEqualTo(before);
    }

    @Test
    void a_description_over_five_thousand_characters_is_invalid_input() {
        var reply = portal.post(
                "/api/public/cases",
                Map.of("kind", "COMPLAINT", "title", "稍长", "description", "诉".repeat(5001)),
                NOBODY);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.json().get("errors").findValuesAsText("field")).containsExactly("description");
    }

    @Test
    void script_tags_are_stored_and_returned_as_plain_text_in_json_that_browsers_will_not_render() {
        var hostile = "<script>alert('x')</script><img src=x onerror=alert(1)>";
        var code = file(hostile, hostile);
        var tracked = portal.get("/api/public/cases/" + code, NOBODY);
        assertThat(tracked.json().get("title").asText()).isEqualTo(hostile);
        assertThat(tracked.header("Content-Type")).startsWith("application/json");
        assertThat(tracked.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(tracked.header("Content-Security-Policy")).contains("default-src 'none'");
        var caseId = caseId(code);
        var timeline = portal.get("/api/staff/cases/" + caseId + "/timeline", INTAKE);
        assertThat(timeline.json()
                        .get("events")
                        .get(0)
                        .get("payload")
                        .get("description")
                        .asText())
                .isEqualTo(hostile);
    }

    @Test
    void unknown_and_malformed_receipt_codes_look_the_same_from_outside() {
        var wellFormed = portal.get("/api/public/cases/0000-0000-0000-00000", NOBODY);
        var malformed = portal.get("/api/public/cases/nonsense", NOBODY);
        assertThat(wellFormed.status()).isEqualTo(404);
        assertThat(malformed.status()).isEqualTo(404);
        assertThat(wellFormed.json().get("detail")).isEqualTo(malformed.json().get("detail"));
        assertThat(portal.get("/api/staff/cases/no-such-case/timeline", INTAKE)
                        .json()
                        .get("type")
                        .asText())
                .isEqualTo("/problems/unknown-case");
        assertThat(portal.post("/api/staff/cases/no-such-case/accept", Map.of(), INTAKE)
                        .status())
                .isEqualTo(404);
    }

    @Test
    void staff_endpoints_need_a_staff_identity() {
        var caseId = caseId(file("身份", "身份测试"));
        assertThat(portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), NOBODY)
                        .status())
                .isEqualTo(401);
        assertThat(portal.post(
                                "/api/staff/cases/" + caseId + "/accept",
                                Map.of(),
                                Staff.basic("zhang.min", "wrong-password"))
                        .status())
                .isEqualTo(401);
        assertThat(portal.post("/api/admin/projections/case-search/replay", Map.of(), handler("guotu"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void a_command_on_a_declined_case_is_refused_and_the_attempt_is_recorded() {
        var caseId = caseId(file("不予受理", "不属于本乡职责"));
        ok(portal.post("/api/staff/cases/" + caseId + "/decline", Map.of("reason", "属县级事权，请向县政务服务中心反映"), INTAKE));
        var reply = portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), INTAKE);
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("reason").asText()).isEqualTo("CASE_IS_FINAL");
        var last = lastEvent(caseId);
        assertThat(last.get("type").asText()).isEqualTo("CaseCommandRefusedEvent");
        assertThat(last.get("payload").get("command").asText()).isEqualTo("AcceptCaseCommand");
    }

    @Test
    void a_handler_of_another_department_cannot_touch_the_case_and_the_attempt_is_recorded() {
        var caseId = caseId(file("越权", "他部门签收"));
        ok(portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), INTAKE));
        ok(portal.post("/api/staff/cases/" + caseId + "/assign", Map.of("departmentCode", "minzheng"), INTAKE));
        var reply = portal.post("/api/staff/cases/" + caseId + "/sign-for", Map.of(), handler("guotu"));
        assertThat(reply.status()).isEqualTo(409);
        assertThat(reply.json().get("reason").asText()).isEqualTo("NOT_YOUR_DEPARTMENT");
        assertThat(lastEvent(caseId)
                        .get("payload")
                        .get("context")
                        .get("actor")
                        .get("departmentCode")
                        .asText())
                .isEqualTo("guotu");
    }

    @Test
    void a_stale_if_match_is_a_concurrent_modification_and_a_current_one_passes() {
        var caseId = caseId(file("版本", "乐观锁"));
        var stale = portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), with(INTAKE, "If-Match", "\"7\""));
        assertThat(stale.status()).isEqualTo(409);
        assertThat(stale.json().get("type").asText()).isEqualTo("/problems/concurrent-modification");
        var current =
                portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), with(INTAKE, "If-Match", "\"0\""));
        assertThat(current.status()).isEqualTo(200);
        assertThat(current.header("ETag")).isEqualTo("\"1\"");
    }

    @Test
    void of_eight_racing_clerks_holding_the_same_version_exactly_one_wins() throws Exception {
        var caseId = caseId(file("并发", "八个窗口同时受理"));
        var pool = Executors.newFixedThreadPool(8);
        try {
            var attempts = new ArrayList<Callable<Integer>>();
            for (int i = 0; i < 8; i++) {
                attempts.add(() -> portal.post(
                                "/api/staff/cases/" + caseId + "/accept", Map.of(), with(INTAKE, "If-Match", "\"0\""))
                        .status());
            }
            var statuses = new ArrayList<Integer>();
            for (var result : pool.invokeAll(attempts)) {
                statuses.add(result.get());
            }
            assertThat(statuses).containsOnly(200, 409);
            assertThat(statuses.stream().filter(s -> s == 200).count()).isEqualTo(1);
        } finally {
            pool.shutdown();
        }
        var accepted = portal
                .get("/api/staff/cases/" + caseId + "/timeline", INTAKE)
                .json()
                .get("events")
                .findValuesAsText("type")
                .stream()
                .filter("CaseAcceptedEvent"::equals)
                .count();
        assertThat(accepted).isEqualTo(1);
    }

    private static String file(String title, String description) {
        var reply = portal.post(
                "/api/public/cases", Map.of("kind", "COMPLAINT", "title", title, "description", description), NOBODY);
        assertThat(reply.status()).as(reply.body()).isEqualTo(201);
        return reply.json().get("receiptCode").asText();
    }

    private static String caseId(String code) {
        return portal.get("/api/staff/cases/by-receipt-code/" + code, INTAKE)
                .json()
                .get("caseId")
                .asText();
    }

    private static void ok(RunningPortal.Reply reply) {
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
    }

    private static com.fasterxml.jackson.databind.JsonNode lastEvent(String caseId) {
        var events = portal.get("/api/staff/cases/" + caseId + "/timeline", INTAKE)
                .json()
                .get("events");
        return events.get(events.size() - 1);
    }

    private static long totalCases() {
        return portal.get("/api/public/statistics", NOBODY).json().get("total").asLong();
    }

    private static Map<String, String> with(Map<String, String> headers, String name, String value) {
        var copy = new HashMap<>(headers);
        copy.put(name, value);
        return copy;
    }
}
