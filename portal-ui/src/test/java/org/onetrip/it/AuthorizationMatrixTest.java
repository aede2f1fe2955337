package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

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
        var code = portal.post("/api/public/cases", Map.of("kind", "COMPLAINT", "title", "矩阵", "description", "权限测试"),
                Staff.NOBODY).json().get("receiptCode").asText();
        caseId = portal.get("/api/staff/cases/by-receipt-code/" + code, Staff.INTAKE).json().get("caseId").asText();
    }

    @AfterAll
    static void stop() {
        portal.close();
    }

    @Test
    void every_role_gets_exactly_the_reads_it_is_allowed() {
        var allowed = new LinkedHashMap<String, List<String>>();
        allowed.put("/api/public/statistics", List.of("anonymous", "intake", "handler", "discipline", "auditor", "admin"));
        allowed.put("/api/public/departments", List.of("anonymous", "intake", "handler", "discipline", "auditor", "admin"));
        allowed.put("/api/public/search/results", List.of("anonymous", "intake", "handler", "discipline", "auditor", "admin"));
        allowed.put("/api/staff/search/cases", List.of("intake", "handler", "discipline", "auditor", "admin"));
        allowed.put("/api/staff/cases/" + caseIdPlaceholder() + "/timeline",
                List.of("intake", "discipline", "auditor", "admin"));
        allowed.put("/api/staff/performance/departments", List.of("intake", "handler", "discipline", "auditor", "admin"));
        allowed.put("/api/staff/search/timeline", List.of("intake", "discipline", "auditor", "admin"));
        allowed.put("/api/staff/buck-passing/cases", List.of("discipline", "auditor", "admin"));
        allowed.put("/api/staff/cases/" + caseIdPlaceholder() + "/contact?reason=matrix", List.of("intake", "discipline"));
        allowed.put("/api/staff/buck-passing/departments", List.of("discipline", "auditor", "admin"));
        allowed.put("/api/admin/projections", List.of("admin"));

        var wrong = new ArrayList<String>();
        allowed.forEach((path, roles) -> WHO.forEach((who, headers) -> {
            var status = portal.get(path.replace(caseIdPlaceholder(), caseId), headers).status();
            int expected = roles.contains(who) ? 200 : (who.equals("anonymous") ? 401 : 403);
            if (status != expected) {
                wrong.add(who + " GET " + path + " → " + status + ", expected " + expected);
            }
        }));
        assertThat(wrong).isEmpty();
    }

    @Test
    void only_the_roles_the_case_allows_may_act_and_a_handler_cannot_touch_another_departments_case() {
        assertThat(portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), Staff.NOBODY).status()).isEqualTo(401);
        var byHandler = portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), Staff.handler("guotu"));
        assertThat(byHandler.status()).isEqualTo(409);
        assertThat(byHandler.json().get("reason").asText()).isEqualTo("ROLE_NOT_ALLOWED");
        assertThat(portal.post("/api/staff/cases/" + caseId + "/accept", Map.of(), Staff.INTAKE).status()).isEqualTo(200);
        assertThat(portal.post("/api/staff/cases/" + caseId + "/assign", Map.of("departmentCode", "minzheng"),
                Staff.INTAKE).status()).isEqualTo(200);
        var otherDepartment = portal.post("/api/staff/cases/" + caseId + "/sign-for", Map.of(), Staff.handler("guotu"));
        assertThat(otherDepartment.status()).isEqualTo(409);
        assertThat(otherDepartment.json().get("reason").asText()).isEqualTo("NOT_YOUR_DEPARTMENT");
        assertThat(portal.get("/api/staff/cases/" + caseId + "/timeline", Staff.handler("guotu")).status())
                .as("another department's case by URL").isEqualTo(403);
        var ownDepartment = portal.post("/api/staff/cases/" + caseId + "/sign-for", Map.of(), Staff.handler("minzheng"));
        assertThat(ownDepartment.status()).isEqualTo(200);
        assertThat(portal.get("/api/staff/cases/" + caseId + "/timeline", Staff.handler("minzheng")).status())
                .isEqualTo(200);
    }

    @Test
    void a_client_cannot_claim_an_identity_with_headers_any_more() {
        var headers = Map.of("X-Actor-Id", "zhang.min", "X-Actor-Role", "INTAKE", "X-Actor-Department", "bianmin");
        assertThat(portal.post("/api/staff/cases/" + caseId + "/decline", Map.of("reason", "伪造身份"), headers).status())
                .isEqualTo(401);
        assertThat(portal.get("/api/staff/search/cases", Staff.basic("zhang.min", "wrong-password")).status())
                .isEqualTo(401);
    }

    private static String caseIdPlaceholder() {
        return "{caseId}";
    }
}
