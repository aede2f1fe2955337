package org.onetrip.oversight.admin;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.PollEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.tabs.TabSheet;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import javax.sql.DataSource;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.integrity.api.RotateReceiptSigningKeyCommand;
import org.onetrip.integrity.command.ReceiptSigningKeyRing;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.oversight.OversightRefusal;
import org.onetrip.oversight.admin.ui.AccountForm;
import org.onetrip.oversight.admin.ui.AdminService;
import org.onetrip.oversight.admin.ui.AdminView;
import org.onetrip.oversight.admin.ui.CalendarYearForm;
import org.onetrip.projections.support.ProjectionReplayer;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.onetrip.testing.CapturedLog;
import org.onetrip.testing.PortalSpringTest;
import org.onetrip.testing.SharedSearchNode;
import org.onetrip.testing.SpringUi;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The administrator's projections tab in the real application: a rebuild started there runs, shows how far it is,
 * and ends with the events it replayed and their rate; each segment names the instance processing it, and the
 * instances sharing the database are listed. The page's other tabs speak the staff member's language too, refusals and
 * failures included: the rule that refused and the day it concerns, never the backend's English or an engine's error.
 */
@PortalSpringTest
class AdminRebuildsWithSpringTest {

    static final Path DATA_DIR = SpringUi.temporaryFolder("onetrip-admin-rebuilds-test");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onetrip.data-dir", DATA_DIR::toString);
        SharedSearchNode.register(registry, DATA_DIR);
        registry.add("onetrip.demo-data", () -> "true");
        registry.add("onetrip.demo-accounts", () -> "true");
        registry.add("onetrip.integrity.checkpoint.cron", () -> "-");
        registry.add("onetrip.cluster.instance-id", () -> "portal-1");
        registry.add("spring.main.banner-mode", () -> "off");
    }

    @Autowired
    ApplicationContext context;

    @BeforeAll
    static void noUpdateCheck() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    @AfterEach
    void tearDown() {
        SpringUi.tearDown();
    }

    @Test
    void a_rebuild_started_on_the_admin_page_shows_its_progress_and_ends_with_its_figures() throws Exception {
        SpringUi.signInAs(context, "admin", Locale.SIMPLIFIED_CHINESE);
        openProjectionsTab();
        assertThat(_get(Span.class, spec -> spec.withId("rebuild-state-case-timeline"))
                        .getText())
                .isEqualTo("尚未重建过");

        _click(_get(Button.class, spec -> spec.withId("rebuild-case-timeline")));
        var shown = _get(Span.class, spec -> spec.withId("rebuild-state-case-timeline"))
                .getText();
        assertThat(shown).as("requested, pausing, or already running").containsAnyOf("发起重建", "重建中", "最近一次重建完成于");
        var running = !context.getBean(ProjectionReplayer.class)
                .status("case-timeline")
                .finished();
        if (shown.startsWith("重建中：")) {
            assertThat(_get(ProgressBar.class, spec -> spec.withId("rebuild-progress-case-timeline")))
                    .as("a running rebuild shows its progress")
                    .isNotNull();
        }
        if (running) {
            assertThat(UI.getCurrent().getPollInterval())
                    .as("the page asks every second while a rebuild runs")
                    .isEqualTo(1000);
        }

        var replayer = context.getBean(ProjectionReplayer.class);
        var deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!replayer.status("case-timeline").finished()) {
            assertThat(Instant.now()).as("rebuild finished").isBefore(deadline);
            Thread.sleep(100);
        }
        // what the browser's next poll does
        var ui = UI.getCurrent();
        ComponentUtil.fireEvent(ui, new PollEvent(ui, true));

        var state = _get(Span.class, spec -> spec.withId("rebuild-state-case-timeline"))
                .getText();
        assertThat(state).startsWith("最近一次重建完成于").contains("个事件").contains("（发起人 admin）");
        assertThat(UI.getCurrent().getPollInterval())
                .as("no polling once nothing runs")
                .isEqualTo(-1);
        assertThat(_get(Div.class, spec -> spec.withId("segments-case-timeline"))
                        .getElement()
                        .getTextRecursively())
                .contains("分段 0：实例 portal-1");
        assertThat(_get(Div.class, spec -> spec.withId("cluster-instances"))
                        .getElement()
                        .getTextRecursively())
                .contains("portal-1，即本实例");
    }

    @Test
    void every_projection_on_the_admin_page_is_shown_by_its_name_in_either_language() {
        for (var locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            SpringUi.signInAs(context, "admin", locale);
            UI.getCurrent().navigate(AdminView.class);
            openTab(locale == Locale.ENGLISH ? "Projections" : "投影重建");

            var shown = _get(TabSheet.class).getElement().getTextRecursively();
            assertThat(shown).as(locale + ": no untranslated key").doesNotContain("!oversight.");
            assertThat(shown).contains(locale == Locale.ENGLISH ? "Liaison and grid visits" : "联企与网格走访");
        }
    }

    @Test
    void the_departments_tab_names_each_departments_type_instead_of_its_code() {
        SpringUi.signInAs(context, "admin", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(AdminView.class);
        openTab("部门");

        var cells = departmentRows().stream().flatMap(List::stream).toList();
        assertThat(cells).contains("纪委", "村（社区）");
        for (var type : DepartmentType.values()) {
            assertThat(cells).doesNotContain(type.name());
        }
    }

    @Test
    void in_english_the_departments_hall_zones_and_the_calendars_years_are_written_in_english() {
        SpringUi.signInAs(context, "admin", Locale.ENGLISH);
        UI.getCurrent().navigate(AdminView.class);
        openTab("Departments");
        var zones =
                departmentRows().stream().map(row -> row.get(row.size() - 1)).toList();
        assertThat(zones).contains("Civil affairs zone").noneMatch(zone -> zone.matches(".*\\p{IsHan}.*"));

        openTab("Working-day calendar");
        assertThat(_get(Span.class, spec -> spec.withId("calendar-published")).getText())
                .startsWith("Years published: ")
                .contains("2025, 2026")
                .doesNotContain("[", "、");
    }

    @Test
    void a_username_already_taken_is_refused_in_the_administrators_language_without_the_backends_detail() {
        SpringUi.signInAs(context, "admin", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(AdminView.class);
        var form = _get(AccountForm.class);
        form.username().setValue("li.qing");
        form.displayName().setValue("又一个李青");
        form.role().setValue(Role.AUDITOR);
        form.password().setValue("a-good-password");

        NotificationsKt.clearNotifications();
        form.create().click();

        NotificationsKt.expectNotifications("该用户名已存在");
    }

    @Test
    void a_calendar_the_calendar_refuses_is_told_by_its_rule_and_its_day_in_the_administrators_language() {
        for (var locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            SpringUi.signInAs(context, "admin", locale);
            UI.getCurrent().navigate(AdminView.class);
            openTab(locale == Locale.ENGLISH ? "Working-day calendar" : "工作日历");
            var form = _get(CalendarYearForm.class);
            form.year().setValue(2030);
            form.addRange("元旦", LocalDate.of(2030, 1, 1), LocalDate.of(2030, 1, 1));
            form.addMakeUpDay(LocalDate.of(2030, 1, 4));
            form.source().setValue("国办发明电〔2029〕1号");
            NotificationsKt.clearNotifications();

            form.publish().click();

            NotificationsKt.expectNotifications(
                    locale == Locale.ENGLISH
                            ? "The calendar was not published: the make-up working day 2030-01-04 is not a Saturday or"
                                    + " Sunday, and only a weekend day can become a working day"
                            : "日历未能发布：调休上班日 2030-01-04 不是星期六或星期日，只有周末才能调为上班日");
        }
        assertThat(context.getBean(AdminService.class).publishedYears()).doesNotContain(2030);
    }

    @Test
    void a_year_published_again_unchanged_is_told_as_no_change_and_not_as_a_general_failure() {
        SpringUi.signInAs(context, "admin", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(AdminView.class);
        openTab("工作日历");
        _click(_get(Button.class, spec -> spec.withId("calendar-correct")));
        var form = _get(CalendarYearForm.class);
        form.source().setValue("国办发明电〔2025〕7号");
        NotificationsKt.clearNotifications();

        form.publish().click();

        NotificationsKt.expectNotifications("日历未能发布：该年已按完全相同的放假日和调休上班日发布过（可能刚由其他管理员发布），没有需要更改的内容");
    }

    @Test
    void a_rotation_the_key_ring_refuses_is_told_by_its_rule_in_the_administrators_language_and_changes_nothing() {
        var admin = context.getBean(AdminService.class);
        // the ring records a later generation than the key table holds, as if the two had parted
        context.getBean(CommandGateway.class)
                .sendAndWait(new RotateReceiptSigningKeyCommand(
                        ReceiptSigningKeyRing.RING_ID,
                        new Actor("admin", Role.ADMIN, null),
                        "elsewhere-1",
                        1,
                        "elsewhere-2",
                        99));
        var keysBefore = admin.receiptKeys();

        for (var locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
            SpringUi.signInAs(context, "admin", locale);
            UI.getCurrent().navigate(AdminView.class);
            openTab(locale == Locale.ENGLISH ? "Keys" : "密钥");
            _click(_get(Button.class, spec -> spec.withId("admin-rotate-receipt-key")));
            NotificationsKt.clearNotifications();

            ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class));

            NotificationsKt.expectNotifications(
                    locale == Locale.ENGLISH
                            ? "The key was not rotated: the stored keys do not match the record of rotations (someone"
                                    + " may have just rotated it). Reload the page to see the key in force; if it fails"
                                    + " again, please contact the operations staff"
                            : "密钥未更换：密钥记录与更换记录不一致（可能刚有人更换过）。请刷新页面查看当前在用的密钥；如再次失败，请联系运维人员");
        }
        assertThat(admin.receiptKeys()).isEqualTo(keysBefore);
        assertThatThrownBy(() -> admin.rotateReceiptKey(new Actor("auditor", Role.AUDITOR, null)))
                .isInstanceOfSatisfying(
                        OversightRefusal.class,
                        refusal -> assertThat(refusal.key())
                                .isEqualTo("oversight.admin.keys.rotation-refused.NOT_ADMINISTRATOR"));
    }

    @Test
    void a_failed_rebuild_is_told_in_the_administrators_language_and_the_engines_own_words_go_to_the_log()
            throws Exception {
        var replayer = context.getBean(ProjectionReplayer.class);
        var deadline = Instant.now().plus(Duration.ofSeconds(90));
        while (!replayer.status("allegations").finished()) {
            assertThat(Instant.now()).as("no rebuild of allegations under way").isBefore(deadline);
            Thread.sleep(100);
        }
        var engineSaid = "co.elastic.clients.transport.TransportException: node: http://127.0.0.1:9200/, status: 503,"
                + " [es/bulk] Expecting a response body, but none was sent " + UUID.randomUUID();
        var jdbc = new JdbcTemplate(context.getBean(DataSource.class));
        var now = OffsetDateTime.now(ZoneOffset.UTC);
        if (jdbc.update(
                        "update projection_rebuild set state = 'FAILED', requested_by = 'admin', requested_at = ?,"
                                + " message = ? where projection = 'allegations'",
                        now,
                        engineSaid)
                == 0) {
            jdbc.update(
                    "insert into projection_rebuild (projection, state, requested_by, requested_at, message)"
                            + " values ('allegations', 'FAILED', 'admin', ?, ?)",
                    now,
                    engineSaid);
        }
        try (var logged = new CapturedLog("org.onetrip.oversight.admin.ui.ProjectionRebuilds")) {
            for (var locale : new Locale[] {Locale.SIMPLIFIED_CHINESE, Locale.ENGLISH}) {
                SpringUi.signInAs(context, "admin", locale);
                UI.getCurrent().navigate(AdminView.class);
                openTab(locale == Locale.ENGLISH ? "Projections" : "投影重建");

                assertThat(_get(Span.class, spec -> spec.withId("rebuild-state-allegations"))
                                .getText())
                        .isEqualTo(
                                locale == Locale.ENGLISH
                                        ? "The rebuild failed. Press Rebuild to try again; if it fails again, please"
                                                + " contact the operations staff: the cause is recorded in the"
                                                + " application log"
                                        : "重建失败。可再次点击“重建”重试；如仍失败，请联系运维人员，失败原因已记录在应用日志中");
                assertThat(_get(TabSheet.class).getElement().getTextRecursively())
                        .doesNotContain("TransportException", "9200", "es/bulk");
            }
            assertThat(logged.messages())
                    .filteredOn(message -> message.contains(engineSaid))
                    .hasSize(1)
                    .allSatisfy(message -> assertThat(message).contains("allegations"));
        }
    }

    private static void openProjectionsTab() {
        UI.getCurrent().navigate(AdminView.class);
        openTab("投影重建");
    }

    private static List<List<String>> departmentRows() {
        @SuppressWarnings("unchecked")
        Grid<Department> grid = _get(Grid.class, spec -> spec.withId("admin-departments"));
        var rows = new ArrayList<List<String>>();
        for (int row = 0; row < GridKt._size(grid); row++) {
            rows.add(GridKt._getFormattedRow(grid, row));
        }
        return rows;
    }

    private static void openTab(String label) {
        var tabs = _get(TabSheet.class);
        for (int i = 0; i < tabs.getTabCount(); i++) {
            if (tabs.getTabAt(i).getLabel().equals(label)) {
                tabs.setSelectedIndex(i);
                return;
            }
        }
        throw new AssertionError("no tab " + label + " on the admin page");
    }
}
