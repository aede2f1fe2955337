package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.it.Staff.NOBODY;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.cases.query.CaseRegistryRepository;
import org.onetrip.testing.FiledReceiptCodes;
import org.onetrip.testing.SharedSearchNode;

/**
 * The security suite of issue 12 over HTTP (docs/security.md names the test of each threat): receipt codes
 * never published, handlers' look-up by code scoped to their department, problem details for every API
 * error, Open311 discovery on the configured address, only accepted filings counted, errors worded for the
 * caller.
 */
class SecurityOverHttpTest {

    private static final String BASE_URL = "https://onetrip.example.cn/";

    @TempDir
    static Path dataDir;

    static RunningPortal portal;

    @BeforeAll
    static void startWithDemoData() {
        portal = RunningPortal.start(
                dataDir,
                "onetrip.demo-data=true",
                "onetrip.public-base-url=" + BASE_URL,
                "onetrip.rate-limit.filings-per-hour=3");
        portal.awaitProjections();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    private static List<JsonNode> staffHits() {
        var hits = new ArrayList<JsonNode>();
        portal.get("/api/staff/search/cases?size=100", Staff.DISCIPLINE)
                .json()
                .get("hits")
                .forEach(hits::add);
        return hits;
    }

    /** A case's receipt code as the filer holds it, from its filing event: no list or index has it. */
    private static String receiptCodeOf(JsonNode hit) {
        return FiledReceiptCodes.of(
                        portal.bean(EventStore.class), hit.get("caseId").asText())
                .grouped();
    }

    private static List<String> everyReceiptCode() {
        var codes = FiledReceiptCodes.everySpelling(
                portal.bean(EventStore.class), portal.bean(CaseRegistryRepository.class));
        assertThat(codes).isNotEmpty();
        return codes;
    }

    @Test
    void no_search_index_holds_a_receipt_code() throws IOException {
        var client = portal.bean(ElasticsearchClient.class);
        var indices = client.indices()
                .get(g -> g.index(SharedSearchNode.index(dataDir, "*")))
                .result()
                .keySet();
        assertThat(indices).anyMatch(name -> name.contains("cases")).anyMatch(name -> name.contains("timeline"));
        var stored = new StringBuilder();
        for (var index : indices) {
            var found = client.search(q -> q.index(index).size(10_000), Map.class);
            for (var hit : found.hits().hits()) {
                stored.append(hit.id()).append(' ').append(hit.source()).append('\n');
            }
        }
        assertThat(stored).isNotEmpty();
        for (var code : everyReceiptCode()) {
            assertThat(stored.toString()).as("the search indices").doesNotContain(code);
        }
    }

    @Test
    void staff_lists_carry_a_case_number_and_never_a_receipt_code() {
        var search = portal.get("/api/staff/search/cases?size=100", Staff.DISCIPLINE);
        assertThat(search.status()).isEqualTo(200);
        search.json()
                .get("hits")
                .forEach(hit -> assertThat(hit.get("caseNumber").asText()).matches("R-[0-9A-Z]{12}"));
        var lists = List.of(
                search,
                portal.get("/api/staff/search/cases.csv", Staff.DISCIPLINE),
                portal.get("/api/staff/search/transfer-proposals?size=100", Staff.INTAKE),
                portal.get("/api/staff/search/timeline?size=100", Staff.AUDITOR),
                portal.get("/api/staff/allegations", Staff.DISCIPLINE),
                portal.get("/api/staff/buck-passing/cases", Staff.DISCIPLINE),
                portal.get("/api/staff/agency", Staff.INTAKE),
                portal.get("/api/staff/grid-visits", Staff.INTAKE),
                portal.get("/api/staff/enterprise-requests", Staff.INTAKE));
        for (var list : lists) {
            assertThat(list.status()).isEqualTo(200);
            assertThat(list.body()).doesNotContain("receiptCode");
            for (var code : everyReceiptCode()) {
                assertThat(list.body()).doesNotContain(code);
            }
        }
    }

    @Test
    void a_clerk_given_a_receipt_code_finds_that_one_case_by_search_within_their_access() {
        var hits = staffHits();
        var minzheng = hits.stream()
                .filter(hit -> "minzheng".equals(hit.get("departmentCode").asText()))
                .findFirst()
                .orElseThrow();
        var code = receiptCodeOf(minzheng);
        for (var typed : List.of(code, code.replace("-", "").toLowerCase(java.util.Locale.ROOT))) {
            var found = portal.get("/api/staff/search/cases?q=" + encode(typed), Staff.INTAKE);
            assertThat(found.status()).isEqualTo(200);
            assertThat(found.json().get("total").asLong()).isEqualTo(1);
            assertThat(found.json().get("hits").get(0).get("caseId").asText())
                    .isEqualTo(minzheng.get("caseId").asText());
            assertThat(found.body()).doesNotContain(code).doesNotContain(code.replace("-", ""));
        }
        var own = portal.get("/api/staff/search/cases?q=" + encode(code), Staff.handler("minzheng"));
        assertThat(own.json().get("total").asLong()).isEqualTo(1);
        var foreign = hits.stream()
                .filter(hit -> portal.get(
                                        "/api/staff/cases/" + hit.get("caseId").asText() + "/timeline",
                                        Staff.handler("guotu"))
                                .status()
                        == 403)
                .findFirst()
                .orElseThrow();
        var refused = portal.get("/api/staff/search/cases?q=" + encode(receiptCodeOf(foreign)), Staff.handler("guotu"));
        assertThat(refused.status()).isEqualTo(200);
        assertThat(refused.json().get("total").asLong()).isZero();
        assertThat(refused.json().get("hits")).isEmpty();
        assertThat(refused.body()).doesNotContain(foreign.get("caseId").asText());
    }

    private static String encode(String text) {
        return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8);
    }

    @Test
    void published_results_carry_their_own_identifier_and_never_a_receipt_code() {
        var results = portal.get("/api/public/search/results?size=100", NOBODY);
        assertThat(results.status()).isEqualTo(200);
        var hits = results.json().get("hits");
        assertThat(hits.size()).isPositive();
        hits.forEach(hit -> assertThat(hit.get("publicId").asText()).matches("R-[0-9A-Z]{12}"));
        assertThat(results.body()).doesNotContain("receiptCode");
        for (var hit : staffHits()) {
            var code = receiptCodeOf(hit);
            assertThat(results.body()).doesNotContain(code).doesNotContain(code.replace("-", ""));
        }
    }

    @Test
    void staff_timelines_show_a_receipt_code_masked_so_no_staff_member_holds_a_filers_key() {
        for (var hit : staffHits()) {
            var code = receiptCodeOf(hit);
            var timeline = portal.get("/api/staff/cases/" + hit.get("caseId").asText() + "/timeline", Staff.DISCIPLINE);
            assertThat(timeline.status()).isEqualTo(200);
            assertThat(timeline.json().get("receiptCode").asText()).isEqualTo(code.substring(0, 4) + "•••");
            assertThat(timeline.body()).doesNotContain(code).doesNotContain(code.replace("-", ""));
        }
    }

    @Test
    void a_handler_finds_by_receipt_code_only_a_case_their_department_holds_or_held() {
        var hits = staffHits();
        // a case the guotu office never held: its timeline is forbidden to them by the same access rule
        var foreign = hits.stream()
                .filter(hit -> portal.get(
                                        "/api/staff/cases/" + hit.get("caseId").asText() + "/timeline",
                                        Staff.handler("guotu"))
                                .status()
                        == 403)
                .findFirst()
                .orElseThrow();
        var answer = portal.get("/api/staff/cases/by-receipt-code/" + receiptCodeOf(foreign), Staff.handler("guotu"));
        assertThat(answer.status()).isEqualTo(404);
        assertThat(answer.body()).doesNotContain(foreign.get("caseId").asText());
        var own = hits.stream()
                .filter(hit -> "minzheng".equals(hit.get("departmentCode").asText()))
                .findFirst()
                .orElseThrow();
        var found = portal.get("/api/staff/cases/by-receipt-code/" + receiptCodeOf(own), Staff.handler("minzheng"));
        assertThat(found.status()).isEqualTo(200);
        assertThat(found.json().get("caseId").asText())
                .isEqualTo(own.get("caseId").asText());
        assertThat(portal.get("/api/staff/cases/by-receipt-code/" + receiptCodeOf(foreign), Staff.INTAKE)
                        .status())
                .isEqualTo(200);
    }

    @Test
    void paging_beyond_the_window_is_an_invalid_input_problem_not_a_redirect() {
        var reply = portal.get("/api/public/search/results?page=2147483647&size=100", NOBODY);
        assertThat(reply.status()).isEqualTo(400);
        assertThat(reply.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reply.json().get("type").asText()).isEqualTo("/problems/invalid-input");
        var staff = portal.get("/api/staff/search/cases?page=2147483647&size=100", Staff.DISCIPLINE);
        assertThat(staff.status()).isEqualTo(400);
        assertThat(staff.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void path_oddities_unknown_api_paths_and_methods_a_path_does_not_take_answer_problem_details_never_html() {
        for (var path : List.of(
                "/api/public/cases/%zz",
                "/api/public/cases/a;jsessionid=1/rating",
                "/api/public/cases/..%2F..%2Fetc",
                "/api/public/%5C",
                "/api/public/nowhere",
                "/api/staff/cases/%zz",
                "/api/staff/cases/a;b/timeline",
                "/open311/%zz")) {
            var reply = raw("GET " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: close\r\n\r\n");
            assertThat(reply.status()).as(path).isBetween(400, 499);
            assertThat(reply.contentType()).as(path).startsWith("application/problem+json");
            assertThat(reply.body()).as(path).doesNotContain("<html").doesNotContain("Exception");
        }
        var unauthenticated = portal.get("/api/staff/nowhere", NOBODY);
        assertThat(unauthenticated.status()).isEqualTo(401);
        assertThat(unauthenticated.header("Location")).isNull();
        var missing = portal.get("/api/public/nowhere", NOBODY);
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        var wrongMethod = portal.post("/api/public/search/results", "{}", NOBODY);
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(wrongMethod.header("Allow")).contains("GET");
        assertThat(wrongMethod.header("Content-Type")).startsWith("application/problem+json");
        var putOnFiling = portal.put("/api/public/cases", "{}", NOBODY);
        assertThat(putOnFiling.status())
                .as("the filing address takes POST only")
                .isEqualTo(405);
        assertThat(putOnFiling.header("Allow")).contains("POST");
        assertThat(putOnFiling.json().path("status").asInt()).isEqualTo(405);
    }

    @Test
    void open311_discovery_names_the_configured_public_address_whatever_the_host_header_says() {
        var reply = raw("GET /open311/discovery.json HTTP/1.1\r\nHost: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.body()).doesNotContain("evil.example").contains(BASE_URL + "open311/v2/");
        var forwarded = raw("GET /open311/discovery.json HTTP/1.1\r\nHost: 127.0.0.1\r\n"
                + "X-Forwarded-Host: evil.example\r\nConnection: close\r\n\r\n");
        assertThat(forwarded.body()).doesNotContain("evil.example");
    }

    @Test
    void refused_filings_do_not_use_up_the_filing_allowance() {
        var client = NOBODY;
        for (int i = 0; i < 3; i++) {
            assertThat(portal.post("/api/public/cases", Map.of("description", "缺标题"), client)
                            .status())
                    .isEqualTo(400);
        }
        for (int i = 0; i < 3; i++) {
            var filed = portal.post(
                    "/api/public/cases",
                    Map.of("kind", "ENQUIRY", "title", "咨询 " + i, "description", "请问办理时间"),
                    client);
            assertThat(filed.status()).as("filing %d", i).isEqualTo(201);
        }
        assertThat(portal.post(
                                "/api/public/cases",
                                Map.of("kind", "ENQUIRY", "title", "第四件", "description", "超出"),
                                client)
                        .status())
                .isEqualTo(429);
        assertThat(portal.post(
                                "/api/public/cases",
                                Map.of("kind", "ENQUIRY", "title", "换个地址", "description", "伪造的转发头"),
                                Map.of("X-Forwarded-For", "203.0.113.7"))
                        .status())
                .as("without a trusted proxy configured, a forwarding header does not make a new client")
                .isEqualTo(429);
    }

    @Test
    void errors_are_worded_for_the_caller_without_internal_class_names() {
        for (var path : List.of(
                "/api/staff/search/cases?sort=SIDEWAYS",
                "/api/staff/search/cases?status=SHREDDED",
                "/api/staff/search/cases?page=abc",
                "/api/staff/search/cases?flagged=perhaps")) {
            var reply = portal.get(path, Staff.DISCIPLINE);
            assertThat(reply.status()).as(path).isEqualTo(400);
            var detail = reply.json().get("detail").asText();
            assertThat(detail)
                    .as(path)
                    .doesNotContain("org.onetrip")
                    .doesNotContain("java.")
                    .doesNotContain("$")
                    .doesNotContain("CaseSearchRequest")
                    .doesNotContain("Failed to convert");
        }
        assertThat(portal.get("/api/staff/search/cases?sort=SIDEWAYS", Staff.DISCIPLINE)
                        .json()
                        .get("detail")
                        .asText())
                .contains("sort")
                .contains("NEWEST");
    }

    @Test
    void password_guessing_is_paused_per_account_and_logged_for_the_administrator() {
        var guess = Staff.basic("auditor", "not-the-password");
        for (int i = 0; i < 5; i++) {
            var refused = portal.get("/api/staff/search/cases?size=1", guess);
            assertThat(refused.status()).isEqualTo(401);
            assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        }
        var paused = portal.get("/api/staff/search/cases?size=1", Staff.AUDITOR);
        assertThat(paused.status())
                .as("even the right password is not checked now")
                .isEqualTo(429);
        assertThat(paused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(paused.header("Retry-After")).isNotBlank();
        var token = portal.post("/api/auth/token", "", Staff.AUDITOR);
        assertThat(token.status())
                .as("the token endpoint signs in the same throttled way")
                .isEqualTo(429);

        var securityLog = portal.get("/api/admin/security-events?limit=100", Staff.ADMIN);
        assertThat(securityLog.status()).isEqualTo(200);
        var auditor = new ArrayList<JsonNode>();
        securityLog.json().forEach(entry -> {
            if ("auditor".equals(entry.get("username").asText())) {
                auditor.add(entry);
            }
        });
        assertThat(auditor).extracting(e -> e.get("kind").asText()).contains("SIGN_IN_FAILED", "SIGN_IN_THROTTLED");
        assertThat(auditor).extracting(e -> e.get("address").asText()).contains("127.0.0.1");
        assertThat(auditor).allSatisfy(e -> assertThat(e.get("at").asText()).isNotBlank());
        assertThat(securityLog.body()).doesNotContain("not-the-password").doesNotContain(Staff.DEMO_PASSWORD);
        assertThat(portal.get("/api/admin/security-events", Staff.DISCIPLINE).status())
                .isEqualTo(403);
    }

    @Test
    void a_handler_with_no_business_with_a_case_cannot_grow_its_history_without_limit() {
        var stranger = Staff.handler("shebao");
        var foreign = staffHits().stream()
                .filter(hit ->
                        portal.get("/api/staff/cases/" + hit.get("caseId").asText() + "/timeline", stranger)
                                        .status()
                                == 403)
                .findFirst()
                .orElseThrow();
        var caseId = foreign.get("caseId").asText();
        int before = events(caseId);
        var statuses = new ArrayList<Integer>();
        for (int i = 0; i < 15; i++) {
            statuses.add(
                    portal.post("/api/staff/cases/" + caseId + "/progress-notes", Map.of("note", "试探 " + i), stranger)
                            .status());
        }
        assertThat(statuses).doesNotContain(200, 201, 500);
        assertThat(statuses.get(statuses.size() - 1)).isEqualTo(403);
        assertThat(events(caseId) - before)
                .as("refusals still recorded on the case, but only the allowance of them")
                .isBetween(1, 10);
        var securityLog =
                portal.get("/api/admin/security-events?limit=200", Staff.ADMIN).json();
        var kinds = new ArrayList<String>();
        securityLog.forEach(entry -> {
            if ("handler.shebao".equals(entry.get("username").asText())) {
                kinds.add(entry.get("kind").asText());
            }
        });
        assertThat(kinds).contains("CASE_ATTEMPT_REFUSED", "CASE_ATTEMPT_THROTTLED");
        assertThat(kinds)
                .as("the look at the stranger's timeline that found the case was logged too")
                .contains("CASE_READ_REFUSED");
        assertThat(kinds.stream().filter(k -> k.startsWith("CASE_ATTEMPT"))).hasSize(15);
    }

    private static int events(String caseId) {
        return portal.get("/api/staff/cases/" + caseId + "/timeline", Staff.DISCIPLINE)
                .json()
                .get("events")
                .size();
    }

    private record RawReply(int status, String contentType, String body) {}

    private static RawReply raw(String request) {
        var port = Integer.parseInt(portal.baseUrl().substring(portal.baseUrl().lastIndexOf(':') + 1));
        try (var socket = new Socket("127.0.0.1", port)) {
            socket.setSoTimeout(10_000);
            socket.getOutputStream().write(request.getBytes(StandardCharsets.ISO_8859_1));
            socket.getOutputStream().flush();
            var text = new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            var head = text.substring(0, Math.max(0, text.indexOf("\r\n\r\n")));
            var status = Integer.parseInt(head.split(" ")[1]);
            var contentType = head.lines()
                    .filter(line -> line.toLowerCase().startsWith("content-type:"))
                    .map(line -> line.substring("content-type:".length()).trim())
                    .findFirst()
                    .orElse("");
            return new RawReply(status, contentType, text.substring(Math.min(text.length(), head.length() + 4)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
