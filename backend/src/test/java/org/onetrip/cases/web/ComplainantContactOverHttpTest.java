package org.onetrip.cases.web;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.BackendTestApp;
import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.AnswerCaseCommand;
import org.onetrip.cases.api.AssignCaseCommand;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CloseCaseCommand;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.ComplainantContactErasedEvent;
import org.onetrip.cases.api.ComplainantContactViewedEvent;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.api.SignForCaseCommand;
import org.onetrip.cases.application.RetentionErasure;
import org.onetrip.cases.query.ContactRetentionRepository;
import org.onetrip.integrity.api.AggregateIntegrity.Status;
import org.onetrip.integrity.query.IntegrityVerifier;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.security.StaffAccounts;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/** Encrypted contact data end to end: what is stored, recorded views, erasure, retention, the chain. */
class ComplainantContactOverHttpTest {

    private static final String PASSWORD = "onetrip-demo";
    private static final String PHONE = "13912345678";
    private static final String NAME = "王五";
    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext context;
    static final HttpClient http = HttpClient.newHttpClient();
    static String base;

    @BeforeAll
    static void start() {
        context = BackendTestApp.start(dataDir);
        base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
        var accounts = context.getBean(StaffAccounts.class);
        accounts.create("zhang.min", PASSWORD, Role.INTAKE, "bianmin", "张敏");
        accounts.create("li.qing", PASSWORD, Role.DISCIPLINE, null, "李青");
        accounts.create("admin", PASSWORD, Role.ADMIN, null, "管理员");
        accounts.create("auditor", PASSWORD, Role.AUDITOR, null, "审计");
        accounts.create("handler.guotu", PASSWORD, Role.HANDLER, "guotu", "国土所");
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    @Test
    void contact_is_stored_encrypted_viewed_on_record_and_erased_while_the_chain_still_verifies() throws Exception {
        var filed = send(
                "POST",
                "/api/staff/cases",
                "zhang.min",
                Map.of(
                        "kind",
                        "COMPLAINT",
                        "title",
                        "宅基地审批来回推",
                        "description",
                        "国土所说归村镇中心。",
                        "anonymous",
                        true,
                        "channel",
                        "HOTLINE",
                        "departmentCode",
                        "guotu",
                        "contact",
                        Map.of("name", NAME, "phone", PHONE, "email", "wang@example.cn")));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        var caseId = json(filed).get("caseId").asText();

        var stored = storedPayloads(caseId);
        assertThat(stored).hasSize(1);
        assertThat(stored.get(0))
                .doesNotContain(PHONE)
                .doesNotContain(NAME)
                .doesNotContain("wang@example")
                .contains("\"ciphertext\"")
                .contains("\"keyId\"");
        assertThat(keyRow(caseId)).isNotNull();

        assertThat(send("GET", "/api/staff/cases/" + caseId + "/contact", "zhang.min", null)
                        .statusCode())
                .isEqualTo(400);
        assertThat(send("GET", contact(caseId, "x".repeat(201)), "zhang.min", null)
                        .statusCode())
                .isEqualTo(400);
        var byHandler = send("GET", contact(caseId, "need it"), "handler.guotu", null);
        assertThat(byHandler.statusCode()).isEqualTo(403);
        assertThat(byHandler.body()).doesNotContain(PHONE);
        assertThat(send("GET", contact(caseId, "need it"), "auditor", null).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", contact(caseId, "need it"), "admin", null).statusCode())
                .isEqualTo(403);
        assertThat(send("GET", contact(caseId, "need it"), null, null).statusCode())
                .isEqualTo(401);

        var viewed = send("GET", contact(caseId, "回访：电话联系投诉人"), "zhang.min", null);
        assertThat(viewed.statusCode()).as(viewed.body()).isEqualTo(200);
        assertThat(viewed.headers().firstValue("Cache-Control").orElse("")).contains("no-store");
        var shown = json(viewed);
        assertThat(shown.get("status").asText()).isEqualTo("AVAILABLE");
        assertThat(shown.get("anonymous").asBoolean()).isTrue();
        assertThat(shown.get("name").asText()).isEqualTo(NAME);
        assertThat(shown.get("phone").asText()).isEqualTo(PHONE);
        var view = (ComplainantContactViewedEvent) payloads(caseId).get(1);
        assertThat(view.context().actor().personId()).isEqualTo("zhang.min");
        assertThat(view.reason()).isEqualTo("回访：电话联系投诉人");
        assertThat(json(send("GET", contact(caseId, "interview"), "li.qing", null))
                        .get("phone")
                        .asText())
                .isEqualTo(PHONE);
        var timeline = send("GET", "/api/staff/cases/" + caseId + "/timeline", "li.qing", null);
        assertThat(timeline.body()).contains("ComplainantContactViewedEvent").doesNotContain(PHONE);

        assertThat(send(
                                "POST",
                                "/api/staff/cases/" + caseId + "/contact/erasure",
                                "zhang.min",
                                Map.of("reason", "asked"))
                        .statusCode())
                .isEqualTo(403);
        assertThat(send("POST", "/api/staff/cases/" + caseId + "/contact/erasure", "li.qing", Map.of("reason", " "))
                        .statusCode())
                .isEqualTo(400);
        var erased = send(
                "POST", "/api/staff/cases/" + caseId + "/contact/erasure", "li.qing", Map.of("reason", "投诉人申请删除个人信息"));
        assertThat(erased.statusCode()).as(erased.body()).isEqualTo(200);
        var erasure = (ComplainantContactErasedEvent) payloads(caseId).get(3);
        assertThat(erasure.context().actor().personId()).isEqualTo("li.qing");
        assertThat(erasure.reason()).isEqualTo("投诉人申请删除个人信息");
        assertThat(keyRow(caseId)).isNull();
        assertThat(send("POST", "/api/staff/cases/" + caseId + "/contact/erasure", "admin", Map.of("reason", "again"))
                        .statusCode())
                .isEqualTo(409);

        var after = json(send("GET", contact(caseId, "calling back"), "zhang.min", null));
        assertThat(after.get("status").asText()).isEqualTo("ERASED");
        assertThat(after.get("phone").isNull()).isTrue();

        // replay: reading the stored events again yields ciphertext that no longer opens
        var replayed = (CaseFiledEvent) payloads(caseId).get(0);
        assertThat(context.getBean(ContactVault.class)
                        .open(caseId, replayed.complainant().contact()))
                .isEmpty();
        assertThat(storedPayloads(caseId)).noneMatch(p -> p.contains(PHONE) || p.contains(NAME));
        var export = send("GET", "/api/audit/integrity/cases/" + caseId + "/export", "auditor", null);
        assertThat(export.statusCode()).isEqualTo(200);
        assertThat(export.body()).doesNotContain(PHONE).contains("ComplainantContactErasedEvent");

        var verifier = context.getBean(IntegrityVerifier.class);
        assertThat(verifier.verifyAggregate(caseId).orElseThrow().status()).isEqualTo(Status.INTACT);
        assertThat(verifier.verifyAll().intact()).isTrue();
    }

    @Test
    void the_retention_job_erases_contact_data_of_cases_over_for_longer_than_the_period() {
        var commands = context.getBean(CommandGateway.class);
        var intake = new Actor("zhang.min", Role.INTAKE, "bianmin");
        var guotu = new Actor("handler.guotu", Role.HANDLER, "guotu");
        var closed = UUID.randomUUID().toString();
        var open = UUID.randomUUID().toString();
        for (var caseId : List.of(closed, open)) {
            commands.sendAndWait(new FileCaseCommand(
                    caseId,
                    Actor.PUBLIC,
                    Channel.PORTAL,
                    ReceiptCode.generate(),
                    CaseKind.COMPLAINT,
                    CaseCategory.OTHER,
                    "路灯不亮",
                    "三个月了。",
                    null,
                    null,
                    new Complainant("赵六", "13700000000", null, false)));
        }
        commands.sendAndWait(new AcceptCaseCommand(closed, intake, Channel.WORKBENCH, null, null));
        commands.sendAndWait(new AssignCaseCommand(closed, intake, Channel.WORKBENCH, "guotu", null, null, null));
        commands.sendAndWait(new SignForCaseCommand(closed, guotu, Channel.WORKBENCH, null));
        commands.sendAndWait(new AnswerCaseCommand(closed, guotu, Channel.WORKBENCH, "已修好。", null));
        commands.sendAndWait(new CloseCaseCommand(closed, intake, Channel.WORKBENCH, null, null));

        var configured = context.getBean(RetentionErasure.class);
        assertThat(configured.eraseDue(Clock.systemUTC().instant().plus(Duration.ofDays(5000))))
                .as("off in tests")
                .isZero();
        var job = new RetentionErasure(
                commands, context.getBean(ContactRetentionRepository.class), Clock.systemUTC(), "P3Y");
        assertThat(job.eraseDue(Clock.systemUTC().instant())).isZero();
        assertThat(job.eraseDue(Clock.systemUTC().instant().plus(Duration.ofDays(3 * 366))))
                .isEqualTo(1);
        var last = payloads(closed).get(payloads(closed).size() - 1);
        assertThat(last).isInstanceOf(ComplainantContactErasedEvent.class);
        assertThat(((ComplainantContactErasedEvent) last).context().actor()).isEqualTo(Actor.SYSTEM);
        assertThat(payloads(open)).hasSize(1);
        assertThat(job.eraseDue(Clock.systemUTC().instant().plus(Duration.ofDays(3 * 366))))
                .as("only once")
                .isZero();
        assertThat(context.getBean(IntegrityVerifier.class)
                        .verifyAggregate(closed)
                        .orElseThrow()
                        .status())
                .isEqualTo(Status.INTACT);
    }

    @Test
    void a_filed_case_its_stored_events_and_its_contact_key_have_time_ordered_identifiers() throws Exception {
        var filed = send(
                "POST",
                "/api/staff/cases",
                "zhang.min",
                Map.of(
                        "kind", "COMPLAINT",
                        "title", "路灯不亮",
                        "description", "村口路灯坏了一个月。",
                        "channel", "HOTLINE",
                        "contact", Map.of("phone", PHONE)));
        assertThat(filed.statusCode()).as(filed.body()).isEqualTo(201);
        var caseId = json(filed).get("caseId").asText();
        var eventIds = new JdbcTemplate(context.getBean(DataSource.class))
                .queryForList(
                        "select event_identifier from domain_event_entry where aggregate_identifier = ?",
                        String.class,
                        caseId);
        var filedEvent = (CaseFiledEvent) payloads(caseId).get(0);

        assertThat(UUID.fromString(caseId).version()).isEqualTo(7);
        assertThat(eventIds)
                .isNotEmpty()
                .allSatisfy(id -> assertThat(UUID.fromString(id).version()).isEqualTo(7));
        assertThat(UUID.fromString(filedEvent.complainant().contact().keyId()).version())
                .isEqualTo(7);
    }

    private static String contact(String caseId, String reason) {
        return "/api/staff/cases/" + caseId + "/contact?reason=" + URLEncoder.encode(reason, StandardCharsets.UTF_8);
    }

    private static List<Object> payloads(String caseId) {
        return context.getBean(EventStore.class)
                .readEvents(caseId)
                .asStream()
                .map(m -> (Object) m.getPayload())
                .toList();
    }

    private static List<String> storedPayloads(String caseId) throws Exception {
        var payloads = new ArrayList<String>();
        try (var connection = context.getBean(DataSource.class).getConnection();
                var query = connection.prepareStatement("select payload from domain_event_entry "
                        + "where aggregate_identifier = ? order by sequence_number")) {
            query.setString(1, caseId);
            try (var rows = query.executeQuery()) {
                while (rows.next()) {
                    payloads.add(new String(rows.getBytes(1), StandardCharsets.UTF_8));
                }
            }
        }
        return payloads;
    }

    /** The stored (wrapped) key of the case's contact; never in the clear. */
    private static byte[] keyRow(String caseId) throws Exception {
        var filed = (CaseFiledEvent) payloads(caseId).get(0);
        try (var connection = context.getBean(DataSource.class).getConnection();
                var query = connection.prepareStatement(
                        "select wrapped_key, key_bytes, erased_at from contact_key where key_id = ?")) {
            query.setString(1, filed.complainant().contact().keyId());
            try (var rows = query.executeQuery()) {
                assertThat(rows.next()).isTrue();
                assertThat(rows.getBytes(2)).as("no contact key in the clear").isNull();
                return rows.getBytes(1);
            }
        }
    }

    private static HttpResponse<String> send(String method, String path, String user, Object body) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(base + path));
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic "
                            + Base64.getEncoder()
                                    .encodeToString((user + ":" + PASSWORD).getBytes(StandardCharsets.UTF_8)));
        }
        if (body == null) {
            request.method(method, HttpRequest.BodyPublishers.noBody());
        } else {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(JSON.writeValueAsString(body)));
        }
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    private static JsonNode json(HttpResponse<String> response) throws Exception {
        return JSON.readTree(response.body());
    }
}
