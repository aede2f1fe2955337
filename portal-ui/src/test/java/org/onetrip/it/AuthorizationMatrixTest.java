package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.servlet.Filter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.security.StaffAccounts;
import org.onetrip.shared.api.Role;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.security.web.context.AbstractSecurityWebApplicationInitializer;
import org.springframework.security.web.firewall.HttpFirewall;
import org.springframework.test.util.ReflectionTestUtils;
import org.springframework.web.servlet.handler.HandlerMappingIntrospector;

/**
 * Every role against every read endpoint, answered by the server whatever the client shows or hides:
 * 2xx where the role may, 401 without sign-in, 403 where the role may not.
 */
class AuthorizationMatrixTest {

    @TempDir
    static Path dataDir;

    static RunningPortal portal;
    static String caseId;

    static final Map<String, Map<String, String>> WHO = new LinkedHashMap<>();

    static {
        WHO.put("anonymous", Staff.NOBODY);
        WHO.put("intake", Staff.INTAKE);
        WHO.put("handler", Staff.handler("guotu"));
        WHO.put("discipline", Staff.DISCIPLINE);
        WHO.put("auditor", Staff.AUDITOR);
        WHO.put("admin", Staff.ADMIN);
    }

    @BeforeAll
    static void start() {
        portal = RunningPortal.start(dataDir);
        var code = portal.post(
                        "/api/public/cases",
                        Map.of("kind", "COMPLAINT", "title", "矩阵", "description", "权限测试"),
                        Staff.NOBODY)
                .json()
                .get("receiptCode")
                .asText();
        caseId = portal.get("/api/staff/cases/by-receipt-code/" + code, Staff.INTAKE)
                .json()
                .get("caseId")
                .asText();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void every_role_gets_exactly_the_reads_it_is_allowed() {
        assertThat(wrongAnswers(WHO)).isEmpty();
    }

    @Test
    void with_bearer_tokens_every_role_gets_exactly_the_same_reads_as_with_its_password() {
        var bearers = new LinkedHashMap<String, Map<String, String>>();
        WHO.forEach((who, basic) -> bearers.put(who, basic.isEmpty() ? basic : bearer(basic)));

        assertThat(wrongAnswers(bearers)).isEmpty();
    }

    @Test
    void security_decides_by_the_path_without_looking_the_handler_up_before_the_dispatcher_does() throws Exception {
        var security = securityFilters();
        var request = toTheFilters("/api/public/departments");
        var attributesOnArrival = new ArrayList<List<String>>();

        security.doFilter(
                request,
                new MockHttpServletResponse(),
                (through, out) -> attributesOnArrival.add(Collections.list(through.getAttributeNames())));

        assertThat(attributesOnArrival).hasSize(1);
        assertThat(attributesOnArrival.get(0))
                .isNotEmpty()
                .noneMatch(name -> name.startsWith(HandlerMappingIntrospector.class.getName()));
        var staffOnly = toTheFilters("/api/staff/cases/" + caseId);
        var refused = new MockHttpServletResponse();
        security.doFilter(staffOnly, refused, (through, out) -> attributesOnArrival.add(List.of()));
        assertThat(refused.getStatus()).isEqualTo(401);
        assertThat(attributesOnArrival).hasSize(1);
    }

    /** Spring Security's filter chain as the servlet container calls it. */
    private static Filter securityFilters() {
        return portal.bean(AbstractSecurityWebApplicationInitializer.DEFAULT_FILTER_NAME, Filter.class);
    }

    /** A GET handed to the filters directly, as the container hands it after matching the servlet. */
    private static MockHttpServletRequest toTheFilters(String path) {
        var request = new MockHttpServletRequest(portal.servletContext(), "GET", path);
        request.setServletPath(path);
        return request;
    }

    private static Map<String, List<String>> readMatrix() {
        var allowed = new LinkedHashMap<String, List<String>>();
        allowed.put(
                "/api/public/statistics", List.of("anonymous", "intake", "handler", "discipline", "auditor", "admin"));
        allowed.put(
                "/api/public/departments", List.of("anonymous", "intake", "handler", "discipline", "auditor", "admin"));
        allowed.put(
                "/api/public/search/results",
                List.of("anonymous", "intake", "handler", "discipline", "auditor", "admin"));
        allowed.put("/api/staff/search/cases", List.of("intake", "handler", "discipline", "auditor", "admin"));
        allowed.put(
                "/api/staff/cases/" + caseIdPlaceholder() + "/timeline",
                List.of("intake", "discipline", "auditor", "admin"));
        allowed.put(
                "/api/staff/cases/" + caseIdPlaceholder() + "/conflict-of-interest",
                List.of("intake", "discipline", "auditor", "admin"));
        allowed.put(
                "/api/staff/performance/departments", List.of("intake", "handler", "discipline", "auditor", "admin"));
        allowed.put("/api/staff/search/timeline", List.of("intake", "discipline", "auditor", "admin"));
        allowed.put(
                "/api/staff/search/transfer-proposals", List.of("intake", "handler", "discipline", "auditor", "admin"));
        allowed.put("/api/staff/buck-passing/cases", List.of("discipline", "auditor", "admin"));
        allowed.put(
                "/api/staff/cases/" + caseIdPlaceholder() + "/contact?reason=matrix", List.of("intake", "discipline"));
        allowed.put("/api/staff/buck-passing/departments", List.of("discipline", "auditor", "admin"));
        allowed.put("/api/admin/projections", List.of("admin"));
        allowed.put(
                "/api/public/appointments/slots?from=2026-10-01&to=2026-10-31",
                List.of("anonymous", "intake", "handler", "discipline", "auditor", "admin"));
        allowed.put(
                "/api/staff/appointments/day?date=2026-10-03",
                List.of("intake", "handler", "discipline", "auditor", "admin"));
        allowed.put("/api/staff/agency", List.of("intake", "handler", "discipline", "auditor", "admin"));
        return allowed;
    }

    private static List<String> wrongAnswers(Map<String, Map<String, String>> accounts) {
        var allowed = readMatrix();
        var wrong = new ArrayList<String>();
        allowed.forEach((path, roles) -> accounts.forEach((who, headers) -> {
            var status = portal.get(path.replace(caseIdPlaceholder(), caseId), headers)
                    .status();
            int expected = roles.contains(who) ? 200 : (who.equals("anonymous") ? 401 : 403);
            if (status != expected) {
                wrong.add(who + " GET " + path + " → " + status + ", expected " + expected);
            }
        }));
        return wrong;
    }

    @Test
    void only_the_roles_the_case_allows_may_act_and_a_handler_cannot_touch_another_departments_case() {
        assertThat(portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), Staff.NOBODY)
                        .status())
                .isEqualTo(401);
        var byHandler = portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), Staff.handler("guotu"));
        assertThat(byHandler.status()).isEqualTo(409);
        assertThat(byHandler.json().get("reason").asText()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), Staff.INTAKE)
                        .status())
                .isEqualTo(200);
        assertThat(portal.post(
                                "/api/staff/cases/" + caseId + "/assign",
                                Map.of("departmentCode", "minzheng"),
                                Staff.INTAKE)
                        .status())
                .isEqualTo(200);
        var otherDepartment = portal.post("/api/staff/cases/" + caseId + "/sign-for", Map.of(), Staff.handler("guotu"));
        assertThat(otherDepartment.status()).isEqualTo(409);
        assertThat(otherDepartment.json().get("reason").asText()).isEqualTo("NOT_YOUR_DEPARTMENT");
        assertThat(portal.get("/api/staff/cases/" + caseId + "/timeline", Staff.handler("guotu"))
                        .status())
                .as("another department's case by URL")
                .isEqualTo(403);
        var ownDepartment =
                portal.post("/api/staff/cases/" + caseId + "/sign-for", Map.of(), Staff.handler("minzheng"));
        assertThat(ownDepartment.status()).isEqualTo(200);
        assertThat(portal.get("/api/staff/cases/" + caseId + "/timeline", Staff.handler("minzheng"))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void only_the_holding_department_proposes_a_transfer_and_only_the_intake_desk_decides_it() {
        var code = portal.post(
                        "/api/public/cases",
                        Map.of("kind", "COMPLAINT", "title", "转办矩阵", "description", "转办权限"),
                        Staff.NOBODY)
                .json()
                .get("receiptCode")
                .asText();
        var id = portal.get("/api/staff/cases/by-receipt-code/" + code, Staff.INTAKE)
                .json()
                .get("caseId")
                .asText();
        var propose = "/api/staff/cases/" + id + "/transfer-proposal";
        var approve = propose + "/approve";
        var reject = propose + "/reject";
        var toGuotu = Map.of("toDepartmentCode", "guotu", "reason", "用地审批归国土所");
        assertThat(portal.post("/api/staff/cases/" + id + "/accept", Map.of(), Staff.INTAKE)
                        .status())
                .isEqualTo(200);
        assertThat(portal.post("/api/staff/cases/" + id + "/assign", Map.of("departmentCode", "minzheng"), Staff.INTAKE)
                        .status())
                .isEqualTo(200);

        var wrong = new ArrayList<String>();
        WHO.forEach((who, headers) -> {
            if (!who.equals("handler")) {
                expectRefused(wrong, who + " proposes", portal.post(propose, toGuotu, headers), who);
            }
        });
        expect(
                wrong,
                "another department proposes",
                portal.post(propose, Map.of("toDepartmentCode", "linye", "reason", "不归我们"), Staff.handler("guotu")),
                409,
                "NOT_YOUR_DEPARTMENT");
        expect(
                wrong,
                "the holding department transfers directly",
                portal.post("/api/staff/cases/" + id + "/transfer", toGuotu, Staff.handler("minzheng")),
                409,
                "ROLE_NOT_ALLOWED");
        expect(
                wrong,
                "nothing to approve yet",
                portal.post(approve, Map.of(), Staff.INTAKE),
                409,
                "NO_PENDING_TRANSFER");
        expect(
                wrong,
                "the holding department proposes",
                portal.post(propose, toGuotu, Staff.handler("minzheng")),
                200,
                null);
        expect(
                wrong,
                "a second proposal",
                portal.post(propose, Map.of("toDepartmentCode", "linye", "reason", "林地"), Staff.handler("minzheng")),
                409,
                "TRANSFER_ALREADY_PENDING");
        for (var proposer : List.of(Staff.handler("minzheng"), Staff.handler("guotu"))) {
            expect(wrong, "a department approves", portal.post(approve, Map.of(), proposer), 409, "ROLE_NOT_ALLOWED");
            expect(
                    wrong,
                    "a department rejects",
                    portal.post(reject, Map.of("reason", "不要"), proposer),
                    409,
                    "ROLE_NOT_ALLOWED");
        }
        WHO.forEach((who, headers) -> {
            if (!who.equals("intake") && !who.equals("handler")) {
                expectRefused(wrong, who + " approves", portal.post(approve, Map.of(), headers), who);
            }
        });
        assertThat(portal.get("/api/staff/cases/" + id + "/timeline", Staff.handler("guotu"))
                        .status())
                .as("proposed to, not yet held")
                .isEqualTo(403);
        expect(wrong, "intake rejects", portal.post(reject, Map.of("reason", "仍由民政所办理"), Staff.INTAKE), 200, null);
        expect(
                wrong,
                "intake approves what it rejected",
                portal.post(approve, Map.of(), Staff.INTAKE),
                409,
                "NO_PENDING_TRANSFER");
        expect(
                wrong,
                "the department proposes again",
                portal.post(propose, toGuotu, Staff.handler("minzheng")),
                200,
                null);
        expect(wrong, "intake approves", portal.post(approve, Map.of(), Staff.INTAKE), 200, null);
        assertThat(wrong).isEmpty();
        var timeline = portal.get("/api/staff/cases/" + id + "/timeline", Staff.handler("guotu"));
        assertThat(timeline.status()).as("the approved department holds it now").isEqualTo(200);
        var last =
                timeline.json().get("events").get(timeline.json().get("events").size() - 1);
        assertThat(last.get("type").asText()).isEqualTo("CaseTransferredEvent");
        assertThat(last.get("payload").get("toDepartmentCode").asText()).isEqualTo("guotu");
    }

    @Test
    void a_transfer_proposal_or_rejection_without_what_it_needs_is_a_problem_detail_naming_the_field() {
        var id = caseId;
        var missing = portal.post(
                "/api/staff/cases/" + id + "/transfer-proposal",
                Map.of("toDepartmentCode", "guotu"),
                Staff.handler("minzheng"));
        assertThat(missing.status()).isEqualTo(400);
        assertThat(missing.header("Content-Type")).startsWith("application/problem+json");
        assertThat(missing.json().get("type").asText()).isEqualTo("/problems/invalid-input");
        assertThat(missing.body()).contains("reason");
        var tooLong = portal.post(
                "/api/staff/cases/" + id + "/transfer-proposal",
                Map.of("toDepartmentCode", "guotu", "reason", "理".repeat(2001)),
                Staff.handler("minzheng"));
        assertThat(tooLong.status()).isEqualTo(400);
        assertThat(tooLong.json().get("type").asText()).isEqualTo("/problems/invalid-input");
        var noDepartment = portal.post(
                "/api/staff/cases/" + id + "/transfer-proposal", Map.of("reason", "不归我们"), Staff.handler("minzheng"));
        assertThat(noDepartment.status()).isEqualTo(400);
        assertThat(noDepartment.body()).contains("toDepartmentCode");
        var rejection = portal.post(
                "/api/staff/cases/" + id + "/transfer-proposal/reject", Map.of("reason", " "), Staff.INTAKE);
        assertThat(rejection.status()).isEqualTo(400);
        assertThat(rejection.json().get("type").asText()).isEqualTo("/problems/invalid-input");
        assertThat(portal.post("/api/staff/cases/unknown-case/transfer-proposal/approve", Map.of(), Staff.INTAKE)
                        .status())
                .isEqualTo(404);
    }

    /** Anonymous callers are not signed in (401); every other role but the one allowed is refused by the case. */
    private static void expectRefused(List<String> wrong, String what, RunningPortal.Reply reply, String who) {
        if (who.equals("anonymous")) {
            expect(wrong, what, reply, 401, null);
        } else {
            expect(wrong, what, reply, 409, "ROLE_NOT_ALLOWED");
        }
    }

    private static void expect(List<String> wrong, String what, RunningPortal.Reply reply, int status, String reason) {
        var actualReason = reply.status() == 409 ? reply.json().path("reason").asText() : null;
        if (reply.status() != status || (reason != null && !reason.equals(actualReason))) {
            wrong.add(what + " → " + reply.status() + " " + actualReason + ", expected " + status + " " + reason);
        }
    }

    @Test
    void a_client_cannot_claim_an_identity_with_headers_any_more() {
        var headers = Map.of("X-Actor-Id", "zhang.min", "X-Actor-Role", "INTAKE", "X-Actor-Department", "bianmin");
        assertThat(portal.post("/api/staff/cases/" + caseId + "/decline", Map.of("reason", "伪造身份"), headers)
                        .status())
                .isEqualTo(401);
        assertThat(portal.get("/api/staff/search/cases", Staff.basic("zhang.min", "wrong-password"))
                        .status())
                .isEqualTo(401);
    }

    /** The bearer token issued for the account whose HTTP Basic header is given. */
    static Map<String, String> bearer(Map<String, String> basic) {
        var reply = portal.post("/api/auth/token", "", basic);
        assertThat(reply.status()).as(reply.body()).isEqualTo(200);
        return Map.of(
                "Authorization", "Bearer " + reply.json().get("access_token").asText());
    }

    @Test
    void a_token_is_issued_once_for_the_password_and_kept_by_no_cache() {
        var reply = portal.post("/api/auth/token", "", Staff.handler("guotu"));

        assertThat(reply.status()).isEqualTo(200);
        assertThat(reply.json().get("token_type").asText()).isEqualTo("Bearer");
        assertThat(reply.json().get("expires_in").asLong()).isEqualTo(1800);
        assertThat(reply.json().get("scope").asText()).isEqualTo("role:HANDLER department:guotu");
        assertThat(reply.header("Cache-Control")).contains("no-store");
        assertThat(portal.post("/api/auth/token", "", Staff.NOBODY).status()).isEqualTo(401);
        assertThat(portal.post("/api/auth/token", "", Staff.basic("zhang.min", "not-the-password"))
                        .status())
                .isEqualTo(401);
    }

    @Test
    void a_token_cannot_be_exchanged_for_a_fresh_one() {
        var reply = portal.post("/api/auth/token", "", bearer(Staff.INTAKE));

        assertThat(reply.status()).isEqualTo(403);
        assertThat(reply.json().get("type").asText()).isEqualTo("/problems/forbidden");
    }

    @Test
    void a_tampered_token_is_unauthenticated_everywhere_and_is_not_repeated_in_the_answer() {
        var token = bearer(Staff.ADMIN).get("Authorization").substring("Bearer ".length());
        var parts = token.split("\\.");
        var tampered = parts[0] + "." + parts[1] + "." + (parts[2].startsWith("A") ? "B" : "A") + parts[2].substring(1);

        for (var path : List.of("/api/admin/projections", "/api/staff/search/cases", "/api/public/departments")) {
            var reply = portal.get(path, Map.of("Authorization", "Bearer " + tampered));
            assertThat(reply.status()).as(path).isEqualTo(401);
            assertThat(reply.json().get("type").asText()).isEqualTo("/problems/unauthenticated");
            assertThat(reply.body()).doesNotContain(parts[2]).doesNotContain(parts[1]);
        }
    }

    @Test
    void a_token_acts_with_its_accounts_role_and_department_only() {
        var code = portal.post(
                        "/api/public/cases",
                        Map.of("kind", "COMPLAINT", "title", "令牌", "description", "令牌权限"),
                        Staff.NOBODY)
                .json()
                .get("receiptCode")
                .asText();
        var id = portal.get("/api/staff/cases/by-receipt-code/" + code, bearer(Staff.INTAKE))
                .json()
                .get("caseId")
                .asText();

        var byHandler = portal.post("/api/staff/cases/" + id + "/accept", Map.of(), bearer(Staff.handler("guotu")));
        assertThat(byHandler.status()).isEqualTo(409);
        assertThat(byHandler.json().get("reason").asText()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(portal.post("/api/staff/cases/" + id + "/accept", Map.of(), bearer(Staff.INTAKE))
                        .status())
                .isEqualTo(200);
    }

    @Test
    void disabling_an_account_ends_its_tokens_within_the_recheck_interval() {
        var accounts = portal.bean(StaffAccounts.class);
        accounts.create("token.check", "token-check-password", Role.AUDITOR, null, "令牌检查");
        var token = bearer(Staff.basic("token.check", "token-check-password"));
        assertThat(portal.get("/api/staff/search/cases", token).status()).isEqualTo(200);

        accounts.disable("token.check");

        // every instance re-reads the account at most onetrip.api-tokens.account-recheck (1 s) after its last read
        long deadline = System.nanoTime() + java.util.concurrent.TimeUnit.SECONDS.toNanos(3);
        int status;
        do {
            status = portal.get("/api/staff/search/cases", token).status();
        } while (status != 401 && System.nanoTime() < deadline);
        assertThat(status).isEqualTo(401);
    }

    @Test
    void a_request_carrying_a_token_is_not_counted_as_another_sign_in() {
        var signIns = portal.bean(MeterRegistry.class)
                .get("onetrip.sign_in.successes")
                .counter();
        double before = signIns.count();

        var token = bearer(Staff.INTAKE);
        for (int i = 0; i < 3; i++) {
            assertThat(portal.get("/api/staff/search/cases", token).status()).isEqualTo(200);
        }
        assertThat(portal.get("/api/staff/search/cases", Staff.INTAKE).status()).isEqualTo(200);

        assertThat(signIns.count() - before)
                .as("the token endpoint's password sign-in and the request with HTTP Basic")
                .isEqualTo(2);
    }

    @Test
    void a_header_with_a_control_character_is_refused_before_anything_reads_it() throws Exception {
        var security = securityFilters();
        // Spring Security 6.5 hands the request to its FilterChainProxy through a composite of its own
        var proxy = security.getClass().getSimpleName().equals("CompositeFilterChainProxy")
                ? ReflectionTestUtils.getField(security, "springSecurityFilterChain")
                : security;
        assertThat(ReflectionTestUtils.getField(proxy, "firewall"))
                .as("the project's firewall guards the chain")
                .isSameAs(portal.bean(HttpFirewall.class));
        var token = bearer(Staff.INTAKE).get("Authorization");
        var reached = new ArrayList<String>();
        for (var value : List.of(token + "\u0007", token.replace("Bearer ", "Bearer\u0000"), "Basic \u001b[31m")) {
            var request = toTheFilters("/api/staff/search/cases");
            request.addHeader("Authorization", value);
            var response = new MockHttpServletResponse();

            security.doFilter(request, response, (through, out) -> reached.add(value));

            assertThat(response.getStatus()).as(value).isEqualTo(400);
        }
        assertThat(reached).isEmpty();
    }

    @Test
    void the_api_description_offers_the_token_endpoint_and_nothing_of_hilla() {
        var docs = portal.get("/v3/api-docs", Staff.NOBODY);

        assertThat(docs.status()).isEqualTo(200);
        var paths = new ArrayList<String>();
        docs.json().get("paths").fieldNames().forEachRemaining(paths::add);
        assertThat(paths).contains("/api/auth/token").noneMatch(path -> path.startsWith("/connect"));
        assertThat(docs.body().toLowerCase(java.util.Locale.ROOT)).doesNotContain("hilla");
    }

    private static String caseIdPlaceholder() {
        return "{caseId}";
    }
}
