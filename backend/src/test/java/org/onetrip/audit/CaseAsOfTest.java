package org.onetrip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Instant;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.BackendTestApp;
import org.onetrip.audit.query.CaseAsOf;
import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.AssignCaseCommand;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.security.StaffAccounts;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;

class CaseAsOfTest {

    static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");

    @TempDir
    Path dataDir;

    @Test
    void an_auditor_sees_a_case_as_it_stood_at_each_instant_and_nobody_else_may_ask() throws Exception {
        try (var context = BackendTestApp.start(dataDir)) {
            var commands = context.getBean(CommandGateway.class);
            var caseId = UUID.randomUUID().toString();
            var receiptCode = ReceiptCode.generate();
            var beforeFiling = Instant.now();
            Thread.sleep(5);
            commands.sendAndWait(new FileCaseCommand(
                    caseId,
                    Actor.PUBLIC,
                    Channel.PORTAL,
                    receiptCode,
                    CaseKind.COMPLAINT,
                    CaseCategory.OVERDUE,
                    "超期未办",
                    "已经二十个工作日了。",
                    null,
                    null,
                    new Complainant("赵六", "13700000000", null, false)));
            Thread.sleep(5);
            var afterFiling = Instant.now();
            Thread.sleep(5);
            commands.sendAndWait(new AcceptCaseCommand(caseId, INTAKE, Channel.WORKBENCH, null, null));
            Thread.sleep(5);
            var afterAcceptance = Instant.now();
            Thread.sleep(5);
            commands.sendAndWait(new AssignCaseCommand(caseId, INTAKE, Channel.WORKBENCH, "guotu", null, null, null));
            var asOf = context.getBean(CaseAsOf.class);

            assertThat(asOf.at(caseId, beforeFiling).orElseThrow().events()).isEmpty();
            var filed = asOf.at(caseId, afterFiling).orElseThrow();
            assertThat(filed.status()).isEqualTo(CaseStatus.FILED);
            assertThat(filed.version()).isZero();
            assertThat(filed.events().get(0).payload().toString())
                    .doesNotContain("13700000000")
                    .doesNotContain("赵六");
            var accepted = asOf.at(caseId, afterAcceptance).orElseThrow();
            assertThat(accepted.status()).isEqualTo(CaseStatus.ACCEPTED);
            assertThat(accepted.events()).hasSize(2);
            assertThat(asOf.at(caseId, Instant.now()).orElseThrow().status()).isEqualTo(CaseStatus.ASSIGNED);
            assertThat(asOf.at("no-such-case", Instant.now())).isEmpty();

            var accounts = context.getBean(StaffAccounts.class);
            accounts.create("audit.zhao", "audit-password", Role.AUDITOR, null, "审计员");
            accounts.create("handler.guotu", "handler-password", Role.HANDLER, "guotu", "国土所承办人");
            var base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
            var http = HttpClient.newHttpClient();
            var path = base + "/api/audit/cases/" + caseId + "/as-of?at=" + afterAcceptance;
            var asAuditor = http.send(
                    HttpRequest.newBuilder(URI.create(path))
                            .header("Authorization", basic("audit.zhao", "audit-password"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(asAuditor.statusCode()).as(asAuditor.body()).isEqualTo(200);
            assertThat(asAuditor.body()).contains("\"status\":\"ACCEPTED\"");
            assertThat(asAuditor.body())
                    .as("the filer's key is theirs alone: masked in the state, the public page and the events")
                    .doesNotContain(receiptCode.value())
                    .doesNotContain(receiptCode.grouped())
                    .doesNotContain(receiptCode.value().substring(4))
                    .contains(ReceiptCode.masked(receiptCode.value()));
            var asHandler = http.send(
                    HttpRequest.newBuilder(URI.create(path))
                            .header("Authorization", basic("handler.guotu", "handler-password"))
                            .build(),
                    HttpResponse.BodyHandlers.ofString());
            assertThat(asHandler.statusCode()).isEqualTo(403);
        }
    }

    private static String basic(String username, String password) {
        return "Basic "
                + java.util.Base64.getEncoder()
                        .encodeToString((username + ":" + password).getBytes(java.nio.charset.StandardCharsets.UTF_8));
    }
}
