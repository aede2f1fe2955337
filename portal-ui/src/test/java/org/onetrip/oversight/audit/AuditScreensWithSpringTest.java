package org.onetrip.oversight.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import co.elastic.clients.json.jackson.JacksonJsonpMapper;
import co.elastic.clients.transport.rest_client.RestClientTransport;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.nio.file.Path;
import java.time.Clock;
import java.time.LocalDateTime;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.apache.http.HttpHost;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.elasticsearch.client.RestClient;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.audit.query.CaseAsOf;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.application.CaseHistory;
import org.onetrip.cases.query.CaseTimelineQueries;
import org.onetrip.casework.HistoryNarrator;
import org.onetrip.disclosure.api.CorrectNoticeCommand;
import org.onetrip.disclosure.api.NoticeKind;
import org.onetrip.disclosure.api.PublishNoticeCommand;
import org.onetrip.integrity.api.IntegrityFinding;
import org.onetrip.integrity.api.IntegrityFinding.Kind;
import org.onetrip.integrity.command.CheckpointCutter;
import org.onetrip.integrity.receipt.FilingReceipts;
import org.onetrip.layout.AccessDeniedView;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.oversight.audit.ui.AuditService;
import org.onetrip.oversight.audit.ui.AuditView;
import org.onetrip.oversight.audit.ui.DisclosureAsOfView;
import org.onetrip.oversight.audit.ui.IntegrityView;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.PublicResultId;
import org.onetrip.publicportal.ui.ReceiptCheckView;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.testing.PortalSpringTest;
import org.onetrip.testing.SharedSearchNode;
import org.onetrip.testing.SpringUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The auditor's integrity and as-of screens and the public receipt check in the real application,
 * driven through Karibu: a byte changed in the event table shows up on screen where it was changed.
 */
@PortalSpringTest
class AuditScreensWithSpringTest {

    static final Path DATA_DIR = SpringUi.temporaryFolder("onetrip-audit-screens-test");
    static final Actor EDITOR = new Actor("chen.jing", Role.INTAKE, "bianmin");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onetrip.data-dir", DATA_DIR::toString);
        SharedSearchNode.register(registry, DATA_DIR);
        registry.add("onetrip.demo-data", () -> "false");
        registry.add("onetrip.demo-accounts", () -> "true");
        registry.add("onetrip.integrity.checkpoint.cron", () -> "-");
        registry.add("onetrip.integrity.checkpoint.settle", () -> "PT0S");
        registry.add("onetrip.notifications.enabled", () -> "false");
        registry.add("spring.main.banner-mode", () -> "off");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    CommandGateway commands;

    @Autowired
    DataSource dataSource;

    @BeforeAll
    static void noUpdateCheck() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    @AfterEach
    void tearDown() {
        SpringUi.tearDown();
    }

    @Test
    void the_auditor_runs_verification_and_sees_a_changed_byte_as_a_broken_chain_and_a_mismatched_checkpoint() {
        var caseId = fileCase("路灯坏了三个月", "村口路灯一直不亮。");
        context.getBean(CheckpointCutter.class).cut(Actor.SYSTEM);
        SpringUi.signInAs(context, "auditor", Locale.ENGLISH);
        UI.getCurrent().navigate(IntegrityView.class);

        _click(_get(Button.class, spec -> spec.withId("integrity-run")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("integrity-verdict"))
                        .getText())
                .isEqualTo("Intact: every chain and every published checkpoint verifies.");
        assertThat(checkpointResults()).isNotEmpty().allMatch(c -> c.matches());

        var jdbc = new JdbcTemplate(dataSource);
        var original = jdbc.queryForObject(
                "select payload from domain_event_entry where aggregate_identifier = ?" + " and sequence_number = 0",
                byte[].class,
                caseId);
        var changed = new String(original, java.nio.charset.StandardCharsets.UTF_8)
                .replace("三个月", "两个月")
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        jdbc.update(
                "update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 0",
                changed,
                caseId);
        try {
            _click(_get(Button.class, spec -> spec.withId("integrity-run")));

            assertThat(_get(Paragraph.class, spec -> spec.withId("integrity-verdict"))
                            .getText())
                    .isEqualTo("Damage found.");
            var heading = _find(com.vaadin.flow.component.html.H3.class).stream()
                    .filter(h -> h.getText().contains(caseId))
                    .findFirst()
                    .orElseThrow();
            assertThat(heading.getText()).isEqualTo("Case " + caseId + ": broken — broken at event 0");
            @SuppressWarnings("unchecked")
            Grid<IntegrityFinding> findings = _get(Grid.class, spec -> spec.withClasses("integrity-findings"));
            var finding = findings.getGenericDataView().getItems().findFirst().orElseThrow();
            assertThat(finding.kind()).isEqualTo(Kind.CONTENT_CHANGED);
            assertThat(finding.field()).isEqualTo("hash");
            assertThat(finding.expected()).isNotEqualTo(finding.found());
            assertThat(checkpointResults()).anyMatch(c -> !c.matches());
        } finally {
            jdbc.update(
                    "update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 0",
                    original,
                    caseId);
        }
    }

    @Test
    void a_handler_cannot_open_the_integrity_or_as_of_screens() {
        SpringUi.signInAs(context, "handler.guotu", Locale.ENGLISH);
        for (var route : java.util.List.of("audit/integrity", "audit/disclosures")) {
            UI.getCurrent().navigate(route);
            assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                    .noneMatch(c -> c instanceof IntegrityView || c instanceof DisclosureAsOfView)
                    .anySatisfy(c -> assertThat(c).isInstanceOf(AccessDeniedView.class));
        }
    }

    @Test
    void a_shared_link_shows_the_notice_as_the_public_saw_it_then_without_the_later_correction() throws Exception {
        var noticeId = UUID.randomUUID().toString();
        commands.sendAndWait(new PublishNoticeCommand(
                noticeId, EDITOR, Channel.WORKBENCH, NoticeKind.NOTICE, "停电通知", "三月五日上午停电。", null, null));
        Thread.sleep(1_100);
        var between = LocalDateTime.now(WorkingDays.ZONE).withNano(0);
        Thread.sleep(1_100);
        commands.sendAndWait(
                new CorrectNoticeCommand(noticeId, EDITOR, Channel.WORKBENCH, null, "三月六日上午停电。", "日期有误", null));
        SpringUi.signInAs(context, "auditor", Locale.SIMPLIFIED_CHINESE);

        UI.getCurrent()
                .navigate(
                        "audit/disclosures",
                        com.vaadin.flow.router.QueryParameters.simple(
                                java.util.Map.of("notice", noticeId, "at", between.toString())));

        var view = _get(DisclosureAsOfView.class);
        var shown = view.page().getElement().getTextRecursively();
        assertThat(shown).contains("三月五日上午停电。").doesNotContain("三月六日").doesNotContain("日期有误");
        var link = view.link().getHref();
        assertThat(link)
                .startsWith("/audit/disclosures?")
                .contains("notice=" + noticeId)
                .contains("at=" + between.toString().replace(":", "%3A"));

        SpringUi.signInAs(context, "li.qing", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent()
                .navigate(
                        "audit/disclosures",
                        com.vaadin.flow.router.QueryParameters.fromString(link.substring(link.indexOf('?') + 1)));
        view = _get(DisclosureAsOfView.class);
        assertThat(view.page().getElement().getTextRecursively())
                .contains("三月五日上午停电。")
                .doesNotContain("三月六日");

        view.at().setValue(LocalDateTime.now(WorkingDays.ZONE).withNano(0).plusSeconds(1));
        _click(view.show());
        assertThat(view.page().getElement().getTextRecursively())
                .contains("三月六日上午停电。")
                .contains("日期有误");
    }

    @Test
    void anyone_can_check_a_signed_receipt_and_an_altered_one_is_rejected() throws Exception {
        var receiptCode = ReceiptCode.generate();
        var caseId = fileCase(receiptCode, "办证要跑三趟", "材料清单前后不一致。");
        var receipt = context.getBean(FilingReceipts.class)
                .issue(
                        receiptCode.grouped(),
                        context.getBean(CaseTimelineQueries.class).storedEvents(caseId));
        var json = new ObjectMapper().writeValueAsString(receipt);
        SpringUi.anonymous(context, Locale.ENGLISH);
        UI.getCurrent().navigate(ReceiptCheckView.class);
        var view = _get(ReceiptCheckView.class);
        // the browser cuts a pasted text at the field's length: a filing's longest text must fit whole
        assertThat(view.title().getMaxLength()).isEqualTo(CaseLimits.TITLE);
        assertThat(view.description().getMaxLength()).isEqualTo(CaseLimits.DESCRIPTION);

        view.receipt().setValue(json);
        view.title().setValue("办证要跑三趟");
        view.description().setValue("材料清单前后不一致。");
        _click(view.verify());
        assertThat(text(view))
                .contains("The receipt is genuine and the stored filing matches it.")
                .contains("The title and description are what was filed.");

        view.receipt().setValue(json.replace(receipt.filedAt(), "2020-01-01T00:00:00.000Z"));
        view.description().setValue("材料清单一致。");
        _click(view.verify());
        assertThat(text(view))
                .contains("The receipt does not check out.")
                .contains("Not genuine")
                .contains("differ from what the receipt was issued for");

        view.receipt().setValue("<script>alert(1)</script>");
        _click(view.verify());
        assertThat(view.receipt().isInvalid()).isTrue();
        assertThat(view.receipt().getErrorMessage()).startsWith("This is not a signed receipt");
    }

    private static String text(ReceiptCheckView view) {
        return view.result().getElement().getTextRecursively();
    }

    @SuppressWarnings("unchecked")
    private static java.util.List<org.onetrip.integrity.api.CheckpointCheck> checkpointResults() {
        Grid<org.onetrip.integrity.api.CheckpointCheck> grid =
                _get(Grid.class, spec -> spec.withId("integrity-checkpoints"));
        return grid.getGenericDataView().getItems().toList();
    }

    @Test
    void with_the_search_service_down_a_case_number_lookup_says_so_and_a_receipt_code_still_finds_the_case()
            throws Exception {
        var code = ReceiptCode.generate();
        var caseId = fileCase(code, "井盖缺失", "路口井盖丢了一个星期。");
        SpringUi.signInAs(context, "auditor", Locale.ENGLISH);
        try (var nothingListens = new java.net.ServerSocket(0)) {
            var port = nothingListens.getLocalPort();
            nothingListens.close();
            var transport = new RestClientTransport(
                    RestClient.builder(new HttpHost("127.0.0.1", port)).build(), new JacksonJsonpMapper());
            try (transport) {
                var searchDown = new CaseSearch(
                        new ElasticsearchClient(transport), "cases", "public", day -> day, Clock.systemUTC());
                var service = new AuditService(
                        context.getBean(CaseHistory.class),
                        context.getBean(DepartmentDirectory.class),
                        context.getBean(CaseAsOf.class),
                        searchDown);
                var view = new AuditView(
                        service,
                        context.getBean(AuthenticationContext.class),
                        context.getBean(HistoryNarrator.class),
                        Clock.systemUTC());
                UI.getCurrent().add(view);

                lookUp(view, PublicResultId.of(caseId));
                assertThat(_get(view, Paragraph.class, spec -> spec.withId("audit-summary"))
                                .getText())
                        .isEqualTo("A case number is looked up through the search service, which is unavailable at"
                                + " the moment. Please try again later, or use the receipt code or the event stream"
                                + " id.");

                lookUp(view, code.value());
                assertThat(_get(view, Paragraph.class, spec -> spec.withId("audit-summary"))
                                .getText())
                        .startsWith("Status now: ");
            }
        }
    }

    private static void lookUp(AuditView view, String typed) {
        _setValue(_get(view, TextField.class, spec -> spec.withId("audit-lookup")), typed);
        _click(_get(view, Button.class, spec -> spec.withId("audit-find")));
    }

    private String fileCase(String title, String description) {
        return fileCase(ReceiptCode.generate(), title, description);
    }

    private String fileCase(ReceiptCode code, String title, String description) {
        var caseId = UUID.randomUUID().toString();
        commands.sendAndWait(new FileCaseCommand(
                caseId,
                Actor.PUBLIC,
                Channel.PORTAL,
                code,
                CaseKind.COMPLAINT,
                CaseCategory.BUCK_PASSING,
                title,
                description,
                null,
                null,
                new Complainant("李四", "13812345678", null, false)));
        return caseId;
    }
}
