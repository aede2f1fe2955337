package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.it.Staff.NOBODY;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.testing.FiledReceiptCodes;

class SearchOverHttpTest {

    @TempDir
    static Path dataDir;

    static RunningPortal portal;

    @BeforeAll
    static void startWithDemoData() {
        portal = RunningPortal.start(dataDir, "onetrip.demo-data=true");
        portal.awaitProjections();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void the_discipline_office_finds_the_bounced_case_by_a_chinese_word_and_sees_why_it_is_flagged() {
        var found = portal.get("/api/staff/search/cases?q=" + encode("低保") + "&flagged=true", Staff.DISCIPLINE)
                .json();
        assertThat(found.get("total").asLong()).isEqualTo(1);
        assertThat(found.get("hits").get(0).get("title").asText()).contains("低保");
        var ranked = portal.get("/api/staff/buck-passing/cases", Staff.DISCIPLINE)
                .json()
                .get("cases");
        var top = ranked.get(0);
        assertThat(top.get("title").asText()).contains("低保");
        assertThat(top.get("flags").findValuesAsText("rule")).contains("PING_PONG", "REPEAT_COMPLAINT");
        assertThat(top.get("flags").findValuesAsText("explanation"))
                .anyMatch(e -> e.contains("minzheng → v-sidian → minzheng"));
        var departments = portal.get("/api/staff/buck-passing/departments", Staff.DISCIPLINE)
                .json();
        assertThat(departments.findValuesAsText("departmentCode")).contains("minzheng", "v-sidian");
    }

    @Test
    void a_handler_searches_only_the_cases_of_their_own_department_whatever_they_ask_for() {
        var mine = portal.get("/api/staff/search/cases?department=minzheng&size=50", Staff.handler("guotu"))
                .json();
        assertThat(mine.get("hits").findValuesAsText("departmentCode")).containsOnly("guotu");
        assertThat(portal.get("/api/staff/buck-passing/cases", Staff.handler("guotu"))
                        .status())
                .isEqualTo(403);
        assertThat(portal.get("/api/staff/search/timeline", Staff.handler("guotu"))
                        .status())
                .isEqualTo(403);
    }

    @Test
    void the_public_search_shows_answered_results_without_personal_data() {
        var results = portal.get("/api/public/search/results", NOBODY);
        assertThat(results.status()).isEqualTo(200);
        assertThat(results.json().get("hits").findValuesAsText("status")).containsOnly("CLOSED");
        assertThat(results.body())
                .doesNotContain("13900002222")
                .doesNotContain("刘先生")
                .doesNotContain("caseId")
                .doesNotContain("description");
    }

    @Test
    void a_result_the_intake_desk_withholds_leaves_the_public_search_until_it_is_republished() {
        var number = portal.get("/api/public/search/results", NOBODY)
                .json()
                .get("hits")
                .get(0)
                .get("publicId")
                .asText();
        var caseId = portal.get("/api/staff/search/cases?q=" + encode(number), Staff.INTAKE)
                .json()
                .get("hits")
                .get(0)
                .get("caseId")
                .asText();
        var path = "/api/staff/cases/" + caseId + "/result/";

        var byHandler = portal.post(path + "withhold", Map.of("reason", "本单位的答复"), Staff.handler("minzheng"));
        assertThat(byHandler.status()).isEqualTo(409);
        assertThat(byHandler.json().get("reason").asText()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(portal.post(path + "withhold", Map.of("reason", " "), Staff.INTAKE)
                        .status())
                .isEqualTo(400);

        assertThat(portal.post(path + "withhold", Map.of("reason", "答复中有邻居姓名"), Staff.INTAKE)
                        .status())
                .isEqualTo(200);
        portal.awaitProjections();
        assertThat(publishedNumbers()).doesNotContain(number);
        assertThat(portal.post(path + "withhold", Map.of("reason", "再次"), Staff.INTAKE)
                        .json()
                        .get("reason")
                        .asText())
                .isEqualTo("RESULT_ALREADY_WITHHELD");

        assertThat(portal.post(path + "republish", Map.of("reason", "姓名已删去"), Staff.INTAKE)
                        .status())
                .isEqualTo(200);
        portal.awaitProjections();
        assertThat(publishedNumbers()).contains(number);
    }

    private java.util.List<String> publishedNumbers() {
        return portal.get("/api/public/search/results?size=100", NOBODY)
                .json()
                .get("hits")
                .findValuesAsText("publicId");
    }

    @Test
    void the_case_export_is_excel_ready_csv_in_words_without_a_receipt_code_or_an_id() {
        var found =
                portal.get("/api/staff/search/cases?size=100", Staff.DISCIPLINE).json();
        var caseIds = found.get("hits").findValuesAsText("caseId");
        var receiptCodes = caseIds.stream()
                .map(id ->
                        FiledReceiptCodes.of(portal.bean(EventStore.class), id).grouped())
                .toList();
        assertThat(receiptCodes).isNotEmpty();

        var csv = portal.get("/api/staff/search/cases.csv", Staff.DISCIPLINE);
        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv").contains("UTF-8");
        assertThat(csv.header("Content-Disposition")).startsWith("attachment").contains(".csv");
        var body = csv.body();
        assertThat(body).startsWith("\uFEFF标题,类型,类别,渠道,状态,当前部门,提交时间,办理期限,期限情况,评价,推诿信号分\r\n");
        assertThat(body.split("\r\n")).hasSize(1 + found.get("total").asInt());
        assertThat(body).contains("低保").contains("民政所").contains("投诉").doesNotContain("!");
        for (var code : receiptCodes) {
            assertThat(body).doesNotContain(code).doesNotContain(code.replace("-", ""));
        }
        for (var id : caseIds) {
            assertThat(body).doesNotContain(id);
        }
        assertThat(body).doesNotContainPattern("\\b[A-Z]{2,}_[A-Z_]{2,}\\b");

        var english = portal.get("/api/staff/search/cases.csv?lang=en&q=" + encode("低保"), Staff.DISCIPLINE)
                .body();
        assertThat(english).startsWith("\uFEFFTitle,Kind,Category,Channel,Status,Current department,Filed");
        assertThat(english).contains("Complaint").doesNotContain("!");

        var handler = portal.get("/api/staff/search/cases.csv?department=minzheng", Staff.handler("guotu"))
                .body()
                .split("\r\n");
        assertThat(handler.length).isGreaterThan(1);
        assertThat(java.util.Arrays.stream(handler).skip(1))
                .allSatisfy(line -> assertThat(line).contains(",国土所,"));

        var hostile = portal.get(
                "/api/staff/search/cases.csv?q=" + encode("((((\\ *:* {\"match_all\":{}}"), Staff.DISCIPLINE);
        assertThat(hostile.status()).isEqualTo(200);
        assertThat(hostile.body().split("\r\n")).hasSize(1);
        assertThat(portal.get("/api/staff/search/cases.csv", NOBODY).status()).isEqualTo(401);
        assertThat(portal.get("/api/staff/search/cases.csv?filedFrom=2026-03-10&filedTo=2026-03-01", Staff.DISCIPLINE)
                        .status())
                .isEqualTo(400);
    }

    @Test
    void several_words_need_not_all_be_in_a_case_and_hostile_staff_queries_find_nothing() {
        var some = portal.get("/api/staff/search/cases?q=" + encode("低保 月球基地"), Staff.DISCIPLINE)
                .json();
        assertThat(some.get("hits").findValuesAsText("title")).anyMatch(title -> title.contains("低保"));
        var hostile = portal.get("/api/staff/search/cases?q=" + encode("*:* OR ((( \\\" caseId:*"), Staff.DISCIPLINE);
        assertThat(hostile.status()).isEqualTo(200);
        assertThat(hostile.json().get("total").asLong()).isZero();
    }

    @Test
    void bad_search_parameters_are_invalid_input_problems() {
        var badEnum = portal.get("/api/staff/search/cases?status=SHREDDED", Staff.DISCIPLINE);
        assertThat(badEnum.status()).isEqualTo(400);
        var tooBig = portal.get("/api/staff/search/cases?size=5000", Staff.DISCIPLINE);
        assertThat(tooBig.status()).isEqualTo(400);
        assertThat(tooBig.json().get("type").asText()).isEqualTo("/problems/invalid-input");
        var tooLong = portal.get("/api/public/search/results?q=" + encode("查".repeat(201)), NOBODY);
        assertThat(tooLong.status()).isEqualTo(400);
        var badMonth = portal.get("/api/staff/performance/departments?from=2026-13", Staff.DISCIPLINE);
        assertThat(badMonth.status()).isEqualTo(400);
        var backwards = portal.get("/api/staff/performance/departments?from=2026-12&to=2026-01", Staff.DISCIPLINE);
        assertThat(backwards.status()).isEqualTo(400);
        assertThat(backwards.json().get("detail").asText()).contains("from must not be after to");
        var hostile = portal.get("/api/public/search/results?q=" + encode("*:* OR ((( \\\" caseId:*"), NOBODY);
        assertThat(hostile.status()).isEqualTo(200);
        assertThat(hostile.json().get("total").asLong()).isZero();
    }

    @Test
    void an_audit_query_finds_every_transfer_out_of_the_village_committee() {
        var transfers = portal.get(
                        "/api/staff/search/timeline?type=CaseTransferredEvent&fromDepartment=v-sidian", Staff.INTAKE)
                .json();
        assertThat(transfers.get("total").asLong()).isEqualTo(1);
        assertThat(transfers.get("entries").get(0).get("toDepartment").asText()).isEqualTo("minzheng");
    }

    private static String encode(String text) {
        return URLEncoder.encode(text, StandardCharsets.UTF_8);
    }
}
