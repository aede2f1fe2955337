package org.onetrip.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.BackendTestApp;
import org.onetrip.audit.query.DisclosureAsOf;
import org.onetrip.disclosure.api.CorrectNoticeCommand;
import org.onetrip.disclosure.api.CreateServiceItemDraftCommand;
import org.onetrip.disclosure.api.NoticeKind;
import org.onetrip.disclosure.api.PublishNoticeCommand;
import org.onetrip.disclosure.api.PublishServiceItemBatchCommand;
import org.onetrip.disclosure.api.RetractNoticeCommand;
import org.onetrip.disclosure.api.ReviseServiceItemCommand;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.disclosure.api.WithdrawServiceItemCommand;
import org.onetrip.disclosure.command.DisclosureFixtures;
import org.onetrip.security.StaffAccounts;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.springframework.context.ConfigurableApplicationContext;

/** Service items and notices replayed to an earlier instant: nothing that happened later shows. */
class DisclosureAsOfTest {

    static final Channel WORKBENCH = Channel.WORKBENCH;

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext context;
    static CommandGateway commands;
    static DisclosureAsOf asOf;

    @BeforeAll
    static void start() {
        context = BackendTestApp.start(dataDir);
        commands = context.getBean(CommandGateway.class);
        asOf = context.getBean(DisclosureAsOf.class);
    }

    @AfterAll
    static void stop() {
        context.close();
    }

    /** An instant strictly between the events before and after it. */
    private static Instant pause() throws InterruptedException {
        Thread.sleep(5);
        var between = Instant.now();
        Thread.sleep(5);
        return between;
    }

    @Test
    void a_service_item_as_of_an_earlier_instant_shows_neither_the_later_revision_nor_the_withdrawal()
            throws Exception {
        var code = "AS-0" + (100 + new java.util.Random().nextInt(900));
        var editor = DisclosureFixtures.EDITOR;
        var first = DisclosureFixtures.complete();
        commands.sendAndWait(new CreateServiceItemDraftCommand(code, editor, WORKBENCH, first));
        var whileDraft = pause();
        commands.sendAndWait(new PublishServiceItemBatchCommand(
                UUID.randomUUID().toString(), editor, WORKBENCH, "第一批", null, List.of(code), Map.of()));
        var afterPublication = pause();
        var revised = withFees(first, "每件收费五元");
        commands.sendAndWait(new ReviseServiceItemCommand(code, editor, WORKBENCH, revised, "收费标准调整", null, null));
        var afterRevision = pause();
        commands.sendAndWait(new WithdrawServiceItemCommand(code, editor, WORKBENCH, "事项已取消", null));

        var draft = asOf.serviceItem(code, whileDraft).orElseThrow();
        assertThat(draft.published()).isFalse();
        assertThat(draft.publicPage()).isNull();

        var published = asOf.serviceItem(code, afterPublication).orElseThrow().publicPage();
        assertThat(published.version()).isEqualTo(1);
        assertThat(published.status()).isEqualTo(ServiceItemStatus.PUBLISHED);
        assertThat(published.content().fees()).isEqualTo(first.fees());
        assertThat(published.history()).hasSize(1);
        assertThat(published.withdrawn()).isNull();
        assertThat(published.editorCheck())
                .as("the public page, not the editor's")
                .isNull();

        var revisedThen = asOf.serviceItem(code, afterRevision).orElseThrow().publicPage();
        assertThat(revisedThen.version()).isEqualTo(2);
        assertThat(revisedThen.content().fees()).isEqualTo("每件收费五元");
        assertThat(revisedThen.withdrawn()).isNull();

        var now = asOf.serviceItem(code, Instant.now()).orElseThrow().publicPage();
        assertThat(now.status()).isEqualTo(ServiceItemStatus.WITHDRAWN);
        assertThat(now.withdrawn().reason()).isEqualTo("事项已取消");
    }

    @Test
    void a_notice_as_of_an_earlier_instant_shows_the_text_then_without_the_later_correction_or_retraction()
            throws Exception {
        var id = UUID.randomUUID().toString();
        var editor = DisclosureFixtures.EDITOR;
        var beforePublication = pause();
        commands.sendAndWait(
                new PublishNoticeCommand(id, editor, WORKBENCH, NoticeKind.NOTICE, "停水通知", "三月五日全天停水。", null, null));
        var afterPublication = pause();
        commands.sendAndWait(new CorrectNoticeCommand(id, editor, WORKBENCH, null, "三月六日全天停水。", "日期有误", null));
        var afterCorrection = pause();
        commands.sendAndWait(new RetractNoticeCommand(id, editor, WORKBENCH, "施工取消", null));

        assertThat(asOf.notice(id, beforePublication).orElseThrow().published()).isFalse();
        var original = asOf.notice(id, afterPublication).orElseThrow().publicPage();
        assertThat(original.status()).isEqualTo("PUBLISHED");
        assertThat(original.body()).isEqualTo("三月五日全天停水。");
        assertThat(original.corrections()).isEmpty();
        assertThat(original.retraction()).isNull();
        var corrected = asOf.notice(id, afterCorrection).orElseThrow().publicPage();
        assertThat(corrected.status()).isEqualTo("CORRECTED");
        assertThat(corrected.body()).isEqualTo("三月六日全天停水。");
        assertThat(corrected.retraction()).isNull();
        assertThat(asOf.notice(id, Instant.now()).orElseThrow().publicPage().status())
                .isEqualTo("RETRACTED");
        assertThat(asOf.notice("no-such-notice", Instant.now())).isEmpty();
        assertThat(asOf.serviceItem(id, Instant.now()))
                .as("a notice is no service item")
                .isEmpty();
    }

    @Test
    void the_api_answers_auditors_with_the_page_then_and_refuses_other_roles() throws Exception {
        var id = UUID.randomUUID().toString();
        commands.sendAndWait(new PublishNoticeCommand(
                id, DisclosureFixtures.EDITOR, WORKBENCH, NoticeKind.NOTICE, "防汛通知", "请村民做好防汛准备。", null, null));
        var afterPublication = pause();
        commands.sendAndWait(new RetractNoticeCommand(id, DisclosureFixtures.EDITOR, WORKBENCH, "已过汛期", null));
        var accounts = context.getBean(StaffAccounts.class);
        accounts.create("audit.qian", "audit-password", Role.AUDITOR, null, "审计员");
        accounts.create("handler.linye", "handler-password", Role.HANDLER, "linye", "林业站承办人");
        var base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port") + "/api/audit/";

        var then = get(base + "notices/" + id + "/as-of?at=" + afterPublication, "audit.qian", "audit-password");
        assertThat(then.statusCode()).as(then.body()).isEqualTo(200);
        assertThat(then.body())
                .contains("\"status\":\"PUBLISHED\"")
                .contains("请村民做好防汛准备")
                .doesNotContain("已过汛期");
        assertThat(get(base + "notices/" + id + "/as-of?at=" + afterPublication, "handler.linye", "handler-password")
                        .statusCode())
                .isEqualTo(403);
        var unknown = get(base + "service-items/NO-SUCH/as-of?at=" + afterPublication, "audit.qian", "audit-password");
        assertThat(unknown.statusCode()).isEqualTo(404);
        assertThat(unknown.body()).contains("/problems/unknown-disclosure");
        assertThat(get(base + "notices/" + id + "/as-of?at=yesterday", "audit.qian", "audit-password")
                        .statusCode())
                .isEqualTo(400);
    }

    private static HttpResponse<String> get(String url, String user, String password) throws Exception {
        var credentials = Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
        return HttpClient.newHttpClient()
                .send(
                        HttpRequest.newBuilder(URI.create(url))
                                .header("Authorization", "Basic " + credentials)
                                .build(),
                        HttpResponse.BodyHandlers.ofString());
    }

    private static ServiceItemContent withFees(ServiceItemContent c, String fees) {
        return new ServiceItemContent(
                c.name(),
                c.departmentCode(),
                c.hallZone(),
                c.classification(),
                c.classificationReason(),
                c.scope(),
                c.conditions(),
                c.materials(),
                c.legalTimeLimitDays(),
                c.promisedTimeLimitDays(),
                fees,
                c.processSteps(),
                c.howToApply());
    }
}
