package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.it.Staff.DISCIPLINE;
import static org.onetrip.it.Staff.INTAKE;
import static org.onetrip.it.Staff.NOBODY;
import static org.onetrip.it.Staff.account;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Grid visits, enterprise liaison, the discipline office's queue and conflict of interest over HTTP, on
 * the real application: what each role may do, what is stored and refused, and what the read side,
 * the public and the bulletin show (and never show).
 */
class LiaisonOverHttpTest {

    static final Map<String, String> PARTY_OFFICE = account("zhao.lei");
    static final Map<String, String> GRID_CADRE = account("sun.hong");
    static final Map<String, String> LIAISON = account("qian.feng");
    static final Map<String, String> LAND_OFFICE = Staff.handler("guotu");
    static final LocalDate TODAY = LocalDate.now(ZoneId.of("Asia/Shanghai"));

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

    // ---- grid visits

    @Test
    void a_grid_is_drawn_staffed_and_visited_and_an_issue_found_becomes_a_trackable_case_in_the_same_step()
            throws Exception {
        var grid = "it-" + UUID.randomUUID().toString().substring(0, 8);
        var drawn = portal.post(
                "/api/staff/grids",
                Map.of("gridId", grid, "name", "测试网格", "villageDepartmentCode", "v-sidian", "area", "一组"),
                PARTY_OFFICE);
        assertThat(drawn.status()).isEqualTo(201);
        assertThat(drawn.header("Location")).isEqualTo("/api/staff/grids/" + grid);
        var again = portal.post(
                "/api/staff/grids",
                Map.of("gridId", grid, "name", "重名", "villageDepartmentCode", "v-sidian"),
                PARTY_OFFICE);
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.json().get("reason").asText()).isEqualTo("GRID_EXISTS");
        var stranger = portal.post(
                "/api/staff/grids",
                Map.of("gridId", grid + "x", "name", "越权", "villageDepartmentCode", "v-sidian"),
                LAND_OFFICE);
        assertThat(stranger.status()).isEqualTo(409);
        assertThat(stranger.json().get("reason").asText()).isEqualTo("ROLE_NOT_ALLOWED");
        var badCode = portal.post(
                "/api/staff/grids",
                Map.of("gridId", "Bad Code", "name", "x", "villageDepartmentCode", "v-sidian"),
                PARTY_OFFICE);
        assertThat(badCode.status()).isEqualTo(400);
        assertThat(badCode.header("Content-Type")).contains("application/problem+json");

        assertThat(portal.post(
                                "/api/staff/grids/" + grid + "/posts",
                                Map.of("role", "GRID_CADRE", "personId", "sun.hong"),
                                PARTY_OFFICE)
                        .status())
                .isEqualTo(200);
        assertThat(portal.post(
                                "/api/staff/grids/" + grid + "/posts",
                                Map.of("role", "VILLAGE_CADRE", "personId", "nobody.here"),
                                PARTY_OFFICE)
                        .status())
                .isEqualTo(400);
        assertThat(portal.post(
                                "/api/staff/grids/no-such-grid/posts",
                                Map.of("role", "GRID_CADRE", "personId", "sun.hong"),
                                PARTY_OFFICE)
                        .status())
                .isEqualTo(404);

        var issue = Map.of(
                "summary", "村东路灯不亮",
                "details", "三盏路灯坏了一个月",
                "raiseAsCase", true,
                "category", "OTHER",
                "resident", Map.of("name", "李大爷", "phone", "13800005555", "anonymous", false));
        var settled = Map.of("summary", "政策咨询", "raiseAsCase", false, "resolution", "当场解答");
        var visit = Map.of(
                "visitedOn",
                TODAY.toString(),
                "place",
                "一组",
                "households",
                5,
                "enterprises",
                0,
                "issues",
                List.of(settled, issue));
        var logged = portal.post("/api/staff/grids/" + grid + "/visits", visit, GRID_CADRE);
        assertThat(logged.status()).isEqualTo(201);
        var raised = logged.json().get("cases");
        assertThat(raised).hasSize(1);
        assertThat(raised.get(0).get("issueNumber").asInt()).isEqualTo(2);
        var receiptCode = raised.get(0).get("receiptCode").asText();
        var visitId = logged.json().get("visitId").asText();

        var tracked = portal.get("/api/public/cases/" + receiptCode, NOBODY);
        assertThat(tracked.status()).isEqualTo(200);
        assertThat(tracked.json().get("kind").asText()).isEqualTo("GRID_VISIT_ISSUE");
        assertThat(tracked.body()).doesNotContain("13800005555").doesNotContain("李大爷");

        var notACadre = portal.post("/api/staff/grids/" + grid + "/visits", visit, LAND_OFFICE);
        assertThat(notACadre.status()).isEqualTo(409);
        assertThat(notACadre.json().get("reason").asText()).isEqualTo("NOT_A_CADRE_OF_THE_GRID");
        var future =
                Map.of("visitedOn", TODAY.plusDays(2).toString(), "place", "一组", "households", 1, "enterprises", 0);
        assertThat(portal.post("/api/staff/grids/" + grid + "/visits", future, GRID_CADRE)
                        .status())
                .isEqualTo(400);

        var shown = eventually(
                () -> portal.get("/api/staff/grid-visits/" + visitId, INTAKE),
                reply -> reply.status() == 200
                        && reply.json()
                                .get("issues")
                                .get(1)
                                .get("progress")
                                .path("status")
                                .asText()
                                .equals("FILED"));
        assertThat(shown.body()).doesNotContain("13800005555").doesNotContain("李大爷");
        assertThat(shown.json().get("visit").get("cadreName").asText()).isEqualTo("孙红");

        var later = portal.post(
                "/api/staff/grids/" + grid + "/visits/" + visitId + "/issues/1/case",
                Map.of("reason", "咨询后群众要求书面答复"),
                INTAKE);
        assertThat(later.status()).isEqualTo(201);
        assertThat(later.json().get("cases").get(0).get("issueNumber").asInt()).isEqualTo(1);
        var twice = portal.post(
                "/api/staff/grids/" + grid + "/visits/" + visitId + "/issues/1/case", Map.of("reason", "再来"), INTAKE);
        assertThat(twice.json().get("reason").asText()).isEqualTo("ALREADY_RAISED");

        var compliance = eventually(
                () -> portal.get("/api/staff/grid-compliance?month=" + YearMonth.from(TODAY), DISCIPLINE),
                // grids and visits are two indices, each searchable after its own refresh
                reply -> {
                    var gridRow = reply.status() == 200 ? row(reply.json(), grid) : null;
                    return gridRow != null
                            && gridRow.get("cadres").size() == 1
                            && gridRow.get("visits").asInt() == 1;
                });
        var row = row(compliance.json(), grid);
        // a cadre owes the month when in post on its 15th: appointed today, 孙红 owes this month only before then
        int owed = TODAY.getDayOfMonth() <= 15 ? 1 : 0;
        assertThat(row.get("required").asInt()).isEqualTo(owed);
        assertThat(row.get("done").asInt()).isEqualTo(owed);
        assertThat(row.get("visits").asInt()).isEqualTo(1);
        assertThat(compliance.json().get("visitsPerCadre").asInt()).isEqualTo(1);
    }

    @Test
    void the_norm_changes_only_from_a_coming_month_and_only_by_the_party_office() {
        var next = YearMonth.from(TODAY).plusMonths(1);
        var set = portal.put(
                "/api/staff/grid-visit-norm",
                Map.of("visitsPerCadrePerMonth", 2, "effectiveFrom", next.toString(), "reason", "汛期加密走访"),
                PARTY_OFFICE);
        assertThat(set.status()).isEqualTo(200);
        var past = portal.put(
                "/api/staff/grid-visit-norm",
                Map.of(
                        "visitsPerCadrePerMonth",
                        2,
                        "effectiveFrom",
                        YearMonth.from(TODAY).toString(),
                        "reason",
                        "本月起"),
                PARTY_OFFICE);
        assertThat(past.status()).isEqualTo(409);
        assertThat(past.json().get("reason").asText()).isEqualTo("NORM_IN_THE_PAST");
        assertThat(portal.put(
                                "/api/staff/grid-visit-norm",
                                Map.of("visitsPerCadrePerMonth", 3, "effectiveFrom", next.toString(), "reason", "x"),
                                GRID_CADRE)
                        .json()
                        .get("reason")
                        .asText())
                .isEqualTo("ROLE_NOT_ALLOWED");
        var norms = portal.get("/api/staff/grid-visit-norm", INTAKE).json().get("norms");
        assertThat(norms.get(0).get("visitsPerCadrePerMonth").asInt()).isEqualTo(1);
        assertThat(norms.get(0).get("effectiveFrom").isNull()).isTrue();
        assertThat(norms.findValuesAsText("effectiveFrom")).contains(next.toString());
    }

    // ---- enterprise liaison

    @Test
    void an_enterprise_is_registered_visited_and_sees_its_requests_assigned_together_with_its_code_alone()
            throws Exception {
        var registered = portal.post(
                "/api/staff/enterprises",
                Map.of(
                        "name", "测试面粉厂" + UUID.randomUUID().toString().substring(0, 4),
                        "sector", "MANUFACTURING",
                        "park", "乡工业园",
                        "contact", Map.of("name", "周厂长", "phone", "13900001111"),
                        "liaisonPersonId", "qian.feng"),
                PARTY_OFFICE);
        assertThat(registered.status()).isEqualTo(201);
        assertThat(registered.header("Cache-Control")).contains("no-store");
        var id = registered.json().get("enterpriseId").asText();
        var code = registered.json().get("accessCode").asText();
        assertThat(code).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}");
        assertThat(portal.post(
                                "/api/staff/enterprises",
                                Map.of("name", "越权厂", "sector", "OTHER", "liaisonPersonId", "qian.feng"),
                                LIAISON)
                        .json()
                        .get("reason")
                        .asText())
                .isEqualTo("ROLE_NOT_ALLOWED");

        var entry = Map.of(
                "visitedOn",
                TODAY.toString(),
                "participants",
                "项目办、供电所",
                "situation",
                "生产正常",
                "issues",
                List.of(
                        Map.of("type", "UTILITIES", "summary", "三相电容量不足"),
                        Map.of("type", "UTILITIES", "summary", "雨季停电"),
                        Map.of("type", "FINANCING", "summary", "贴息咨询", "raiseAsCase", false, "resolution", "当场讲解")));
        var ledger = portal.post("/api/staff/enterprises/" + id + "/visits", entry, LIAISON);
        assertThat(ledger.status()).isEqualTo(201);
        var requests = ledger.json().get("requests");
        assertThat(requests).hasSize(2);
        assertThat(portal.post("/api/staff/enterprises/" + id + "/visits", entry, GRID_CADRE)
                        .json()
                        .get("reason")
                        .asText())
                .isEqualTo("NOT_THE_LIAISON");

        var listed = eventually(
                () -> portal.get("/api/staff/enterprises", INTAKE),
                reply -> reply.body().contains(id) && reply.body().contains("\"visits\":1"));
        assertThat(listed.body())
                .doesNotContain(code)
                .doesNotContain("13900001111")
                .doesNotContain("accessCodeHash");

        var own = eventually(
                () -> portal.post("/api/public/enterprise-requests", Map.of("accessCode", code.toLowerCase()), NOBODY),
                reply -> reply.status() == 200 && reply.json().get("requests").size() == 2);
        assertThat(own.json().get("requests").findValuesAsText("status")).containsOnly("FILED");
        assertThat(own.header("Cache-Control")).contains("no-store");
        assertThat(own.body()).doesNotContain("qian.feng").doesNotContain("caseId");
        assertThat(portal.post("/api/public/enterprise-requests", Map.of("accessCode", "0000-0000-0000-00000"), NOBODY)
                        .status())
                .isEqualTo(404);

        var caseIds = List.of(
                requests.get(0).get("caseId").asText(),
                requests.get(1).get("caseId").asText());
        var mistyped = portal.post(
                "/api/staff/enterprises/requests/assignment",
                Map.of("caseIds", caseIds, "departmentCode", "xiangmuu"),
                INTAKE);
        assertThat(mistyped.status()).isEqualTo(400);
        assertThat(mistyped.json().get("detail").asText()).isEqualTo("unknown department: xiangmuu");
        assertThat(portal.post(
                                "/api/staff/enterprises/requests/assignment",
                                Map.of("caseIds", caseIds, "departmentCode", "x".repeat(60_000)),
                                INTAKE)
                        .status())
                .isEqualTo(400);
        for (var caseId : caseIds) {
            assertThat(portal.get("/api/staff/cases/" + caseId + "/timeline", INTAKE)
                            .json()
                            .get("events")
                            .findValuesAsText("type"))
                    .doesNotContain("CaseAcceptedEvent", "CaseCommandRefusedEvent");
        }
        var together = portal.post(
                "/api/staff/enterprises/requests/assignment",
                Map.of("caseIds", caseIds, "departmentCode", "xiangmu", "instructions", "分类集中解决：一并协调供电所"),
                INTAKE);
        assertThat(together.status()).isEqualTo(200);
        assertThat(together.json().findValuesAsText("assigned")).containsOnly("true");
        var afterwards = eventually(
                () -> portal.post("/api/public/enterprise-requests", Map.of("accessCode", code), NOBODY),
                reply -> reply.status() == 200
                        && reply.json().get("requests").findValuesAsText("status").stream()
                                .allMatch("ASSIGNED"::equals));
        assertThat(afterwards.json().get("requests").findValuesAsText("departmentCode"))
                .containsOnly("xiangmu");

        var grouped = eventually(
                () -> portal.get("/api/staff/enterprise-requests", INTAKE),
                reply -> reply.body().contains("UTILITIES"));
        assertThat(grouped.json().get("types").get(0).get("type").asText()).isEqualTo("UTILITIES");

        var look = portal.post("/api/staff/enterprises/" + id + "/contact/view", Map.of("reason", "回访诉求办理情况"), LIAISON);
        assertThat(look.status()).isEqualTo(200);
        assertThat(look.json().get("contact").get("phone").asText()).isEqualTo("13900001111");
        assertThat(look.header("Cache-Control")).contains("no-store");
        assertThat(portal.post("/api/staff/enterprises/" + id + "/contact/view", Map.of("reason", "好奇"), LAND_OFFICE)
                        .json()
                        .get("reason")
                        .asText())
                .isEqualTo("ROLE_NOT_ALLOWED");

        var reissued = portal.post("/api/staff/enterprises/" + id + "/access-code", Map.of("reason", "遗失"), LIAISON);
        var fresh = reissued.json().get("accessCode").asText();
        // the replaced code stops at once, before the search index has heard of the new one
        assertThat(portal.post("/api/public/enterprise-requests", Map.of("accessCode", code), NOBODY)
                        .status())
                .isEqualTo(404);
        eventually(
                () -> portal.post("/api/public/enterprise-requests", Map.of("accessCode", fresh), NOBODY),
                reply -> reply.status() == 200);
        assertThat(portal.post("/api/public/enterprise-requests", Map.of("accessCode", code), NOBODY)
                        .status())
                .isEqualTo(404);
    }

    // ---- allegations and conflict of interest

    @Test
    void an_allegation_reaches_the_discipline_office_at_filing_and_its_department_handles_it_only_by_decision()
            throws Exception {
        var filed = portal.post(
                "/api/public/cases",
                Map.of(
                        "kind", "COMPLAINT",
                        "category", "BUCK_PASSING",
                        "title", "国土所窗口推诿" + UUID.randomUUID().toString().substring(0, 4),
                        "description", "国土所窗口让我去村里，村里又让我回国土所。",
                        "departmentCode", "guotu",
                        "anonymous", true),
                NOBODY);
        assertThat(filed.status()).isEqualTo(201);
        var caseId = portal.get(
                        "/api/staff/cases/by-receipt-code/"
                                + filed.json().get("receiptCode").asText(),
                        INTAKE)
                .json()
                .get("caseId")
                .asText();

        var queued = eventually(
                () -> portal.get("/api/staff/allegations", DISCIPLINE),
                reply -> reply.body().contains(caseId));
        assertThat(state(queued.json(), caseId)).isEqualTo("NEW");
        assertThat(portal.get("/api/staff/allegations", LAND_OFFICE).status()).isEqualTo(403);
        assertThat(portal.get("/api/staff/allegations", Staff.AUDITOR).status()).isEqualTo(200);
        assertThat(queued.body()).doesNotContain(filed.json().get("receiptCode").asText());

        portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), INTAKE);
        var status = portal.get("/api/staff/cases/" + caseId + "/conflict-of-interest", INTAKE)
                .json();
        assertThat(status.get("concernedDepartmentCode").asText()).isEqualTo("guotu");
        assertThat(status.get("permitted").isNull()).isTrue();

        var refused = portal.post("/api/staff/cases/" + caseId + "/assign", Map.of("departmentCode", "guotu"), INTAKE);
        assertThat(refused.status()).isEqualTo(409);
        assertThat(refused.json().get("reason").asText()).isEqualTo("CONFLICT_OF_INTEREST");
        assertThat(portal.get("/api/staff/cases/" + caseId + "/timeline", INTAKE)
                        .body())
                .contains("CaseCommandRefusedEvent")
                .contains("CONFLICT_OF_INTEREST");

        assertThat(portal.post(
                                "/api/staff/cases/" + caseId + "/conflict-of-interest/request",
                                Map.of("reason", "用地审批只能由国土所办理"),
                                INTAKE)
                        .status())
                .isEqualTo(200);
        eventually(
                () -> portal.get("/api/staff/allegations", DISCIPLINE),
                reply -> "DECISION_REQUESTED".equals(state(reply.json(), caseId)));
        assertThat(portal.post(
                                "/api/staff/cases/" + caseId + "/conflict-of-interest/decision",
                                Map.of("permitted", true, "reason", "国土所办理，纪委办督办"),
                                INTAKE)
                        .json()
                        .get("reason")
                        .asText())
                .isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(portal.post(
                                "/api/staff/cases/" + caseId + "/conflict-of-interest/decision",
                                Map.of("permitted", true, "reason", "国土所办理，纪委办督办"),
                                DISCIPLINE)
                        .status())
                .isEqualTo(200);
        assertThat(portal.post("/api/staff/cases/" + caseId + "/assign", Map.of("departmentCode", "guotu"), INTAKE)
                        .status())
                .isEqualTo(200);

        assertThat(portal.post(
                                "/api/staff/cases/" + caseId + "/allegation-review",
                                Map.of("finding", "已约谈窗口负责人"),
                                DISCIPLINE)
                        .status())
                .isEqualTo(200);
        var reviewed = eventually(
                () -> portal.get("/api/staff/allegations?all=true", DISCIPLINE),
                reply -> "REVIEWED".equals(state(reply.json(), caseId)));
        assertThat(reviewed.status()).isEqualTo(200);
        assertThat(portal.get("/api/staff/cases/" + caseId + "/timeline", LAND_OFFICE)
                        .body())
                .as("the department complained about sees that it was reviewed, not what was found")
                .contains("AllegationReviewedEvent")
                .contains("\"findingsWithheld\":true")
                .doesNotContain("已约谈窗口负责人");
        assertThat(portal.get("/api/staff/cases/" + caseId + "/timeline", DISCIPLINE)
                        .body())
                .contains("已约谈窗口负责人");
    }

    @Test
    void the_month_s_bulletin_carries_grid_visits_and_enterprise_liaison_and_verifies() throws Exception {
        var period = YearMonth.from(TODAY);
        var published = portal.post(
                "/api/staff/disclosures/bulletins",
                Map.of(
                        "title",
                        "测试通报",
                        "period",
                        period.toString(),
                        "cutOff",
                        Instant.now().minusSeconds(1).toString()),
                DISCIPLINE);
        assertThat(published.status()).as(published.body()).isIn(200, 201);
        var id = published.json().get("id").asText();
        JsonNode bulletin = null;
        for (var listed :
                portal.get("/api/public/disclosures/bulletins", NOBODY).json().get("bulletins")) {
            if (id.equals(listed.get("bulletinId").asText())) {
                bulletin = listed;
            }
        }
        assertThat(bulletin).isNotNull();
        assertThat(bulletin.get("figures").has("gridVisits")).isTrue();
        assertThat(bulletin.get("figures").has("enterpriseLiaison")).isTrue();
        assertThat(bulletin.get("figures").get("gridVisits").toString()).doesNotContain("sun.hong");
        var verified = portal.get(
                        "/api/public/disclosures/bulletins/"
                                + bulletin.get("bulletinId").asText() + "/verification",
                        NOBODY)
                .json();
        assertThat(verified.get("matches").asBoolean()).isTrue();
    }

    @Test
    void nobody_unsigned_reads_the_staff_side_and_the_public_lookup_is_rate_limited_like_receipts() {
        assertThat(portal.get("/api/staff/grids", NOBODY).status()).isEqualTo(401);
        assertThat(portal.get("/api/staff/enterprises", NOBODY).status()).isEqualTo(401);
        assertThat(portal.post("/api/staff/grids", Map.of(), NOBODY).status()).isEqualTo(401);
        try (var limited = RunningPortal.start(dataDir.resolve("limited"), "onetrip.rate-limit.lookups-per-minute=2")) {
            for (int i = 0; i < 2; i++) {
                assertThat(limited.post("/api/public/enterprise-requests", Map.of("accessCode", "x"), NOBODY)
                                .status())
                        .isEqualTo(404);
            }
            var refused = limited.post("/api/public/enterprise-requests", Map.of("accessCode", "x"), NOBODY);
            assertThat(refused.status()).isEqualTo(429);
            assertThat(refused.header("Retry-After")).isNotBlank();
        }
    }

    // ---- helpers

    static JsonNode row(JsonNode compliance, String gridId) {
        for (var row : compliance.get("grids")) {
            if (gridId.equals(row.get("gridId").asText())) {
                return row;
            }
        }
        return null;
    }

    static String state(JsonNode queue, String caseId) {
        for (var entry : queue.get("entries")) {
            if (caseId.equals(entry.get("allegation").get("caseId").asText())) {
                return entry.get("state").asText();
            }
        }
        return null;
    }

    static RunningPortal.Reply eventually(
            java.util.function.Supplier<RunningPortal.Reply> ask, Predicate<RunningPortal.Reply> ready)
            throws InterruptedException {
        var deadline = Instant.now().plus(Duration.ofSeconds(30));
        while (true) {
            var reply = ask.get();
            if (ready.test(reply)) {
                return reply;
            }
            if (Instant.now().isAfter(deadline)) {
                throw new AssertionError("not ready in time: " + reply.status() + " " + reply.body());
            }
            Thread.sleep(200);
        }
    }
}
