package org.onetrip.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.server.ErrorEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.VaadinSession;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Supplier;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.AcceptCaseCommand;
import org.onetrip.cases.api.AnswerCaseCommand;
import org.onetrip.cases.api.AssignCaseCommand;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.FileCaseCommand;
import org.onetrip.cases.api.FindCaseTimelineQuery;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.api.SignForCaseCommand;
import org.onetrip.cases.query.CaseTimelineQueries;
import org.onetrip.casework.CaseHistoryList;
import org.onetrip.casework.CaseOverview;
import org.onetrip.i18n.PortalLocales;
import org.onetrip.layout.AccessDeniedView;
import org.onetrip.layout.FailingScreen;
import org.onetrip.layout.UnexpectedErrorView;
import org.onetrip.layout.UnexpectedErrors;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.CaseSearchRequest;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.projections.cases.TransferProposalsResponse.Proposal;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;
import org.onetrip.testing.CapturedLog;
import org.onetrip.testing.PortalSpringTest;
import org.onetrip.testing.ProjectionsCaughtUp;
import org.onetrip.testing.SharedSearchNode;
import org.onetrip.testing.SpringUi;
import org.onetrip.workbench.contact.ContactViews;
import org.onetrip.workbench.department.DepartmentInbox;
import org.onetrip.workbench.department.ui.HandlerCaseActions;
import org.onetrip.workbench.department.ui.InboxCaseView;
import org.onetrip.workbench.department.ui.InboxView;
import org.onetrip.workbench.intake.IntakeDesk;
import org.onetrip.workbench.intake.Registration;
import org.onetrip.workbench.intake.ui.IntakeView;
import org.onetrip.workbench.intake.ui.RegistrationForm;
import org.onetrip.workbench.search.ui.CaseSearchView;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The workbenches in the real application (demo data and accounts, embedded search), driven through
 * Karibu with Vaadin's Spring integration: role-dependent content, and a handler who types another
 * department's case into the URL gets a refusal and none of its data.
 */
@PortalSpringTest
class WorkbenchesWithSpringTest {

    static final Path DATA_DIR = SpringUi.temporaryFolder("onetrip-workbench-test");

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onetrip.data-dir", DATA_DIR::toString);
        SharedSearchNode.register(registry, DATA_DIR);
        registry.add("onetrip.demo-data", () -> "true");
        registry.add("onetrip.demo-accounts", () -> "true");
        registry.add("onetrip.notifications.enabled", () -> "false");
        registry.add("spring.main.banner-mode", () -> "off");
    }

    @Autowired
    ApplicationContext context;

    @Autowired
    CaseSearch search;

    @Autowired
    IntakeDesk intakeDesk;

    @Autowired
    DepartmentInbox departmentInbox;

    @Autowired
    ContactViews contacts;

    @Autowired
    CommandGateway gateway;

    @BeforeAll
    static void noUpdateCheck() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    /** Reads of the demo data see all of it: a first hit may be a state that a later demo event replaces. */
    @BeforeEach
    void projectionsCaughtUp() {
        ProjectionsCaughtUp.await(context, Duration.ofSeconds(90));
    }

    @AfterEach
    void tearDown() {
        SpringUi.tearDown();
    }

    private void signInAs(String username) {
        SpringUi.signInAs(context, username, null);
    }

    @Test
    void the_intake_clerk_gets_the_intake_desk_in_the_menu_and_on_screen_but_no_inbox() {
        signInAs("zhang.min");
        UI.getCurrent().navigate(IntakeView.class);

        _assertOne(RegistrationForm.class);
        // no empty history, rating and contact headings before a case is chosen
        _assertNone(Div.class, spec -> spec.withId("intake-selected-only"));
        var menu = _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
        assertThat(menu).contains("intake").doesNotContain("inbox");
        assertThat(_get(com.vaadin.flow.component.sidenav.SideNav.class)
                        .getI18n()
                        .getToggle())
                .as("what a screen reader says for a menu group's toggle, in the page's language")
                .isEqualTo("展开或收起子菜单");
        assertThat(_get(com.vaadin.flow.component.applayout.DrawerToggle.class).getAriaLabel())
                .hasValue("显示或隐藏菜单");
        var awaiting = waitFor(() -> intakeDesk.awaitingIntake(), hits -> !hits.isEmpty());
        assertThat(awaiting).allSatisfy(hit -> assertThat(IntakeDesk.AWAITING).contains(hit.status()));
    }

    @Test
    void a_case_the_desk_accepts_is_listed_as_accepted_at_once_and_an_answered_one_no_longer_counts_down() {
        signInAs("zhang.min");
        var registered = intakeDesk.register(new Registration(
                Channel.HOTLINE,
                CaseKind.COMPLAINT,
                CaseCategory.BUCK_PASSING,
                null,
                "低保申请两个部门互相推",
                "打电话来说民政所和村里互相推。",
                true,
                null,
                null,
                null));
        waitFor(() -> intakeDesk.find(registered.caseId()), Optional::isPresent);
        UI.getCurrent().navigate("intake", QueryParameters.simple(Map.of("case", registered.caseId())));

        _assertOne(Div.class, spec -> spec.withId("intake-selected-only"));
        _click(_get(Button.class, spec -> spec.withId("intake-accept")));

        @SuppressWarnings("unchecked")
        Grid<Hit> grid = _get(Grid.class, spec -> spec.withId("intake-awaiting"));
        assertThat(grid.getGenericDataView().getItems())
                .as("the list shows what the clerk just did, without a reload")
                .filteredOn(hit -> hit.caseId().equals(registered.caseId()))
                .singleElement()
                .extracting(Hit::status)
                .isEqualTo(CaseStatus.ACCEPTED);

        intakeDesk.assign(registered.caseId(), "minzheng", null);
        signInAs("handler.minzheng");
        departmentInbox.signFor(registered.caseId());
        departmentInbox.answer(registered.caseId(), "已与村委会核实，低保申请由民政所受理，本周内上门核查。");
        UI.getCurrent().navigate(InboxCaseView.class, registered.caseId());
        assertThat(_get(CaseOverview.class).getElement().getTextRecursively())
                .contains("已答复，不再计时")
                .doesNotContain("还剩")
                .doesNotContain("不予公开");

        signInAs("zhang.min");
        intakeDesk.withholdResult(registered.caseId(), "答复中写了村委会工作人员的姓名");
        signInAs("handler.minzheng");
        UI.getCurrent().navigate(InboxCaseView.class, registered.caseId());
        assertThat(_get(CaseOverview.class).getElement().getTextRecursively())
                .as("the department learns that its answer is not published")
                .contains("办理结果不予公开");
    }

    @Test
    void a_handler_sees_only_their_own_departments_cases_and_cannot_open_the_intake_desk() {
        signInAs("handler.guotu");
        waitFor(() -> departmentInbox.inbox(), hits -> !hits.isEmpty());
        UI.getCurrent().navigate(InboxView.class);

        @SuppressWarnings("unchecked")
        Grid<Hit> grid = _get(Grid.class, spec -> spec.withId("inbox-cases"));
        var shown = grid.getGenericDataView().getItems().toList();
        assertThat(shown)
                .isNotEmpty()
                .allSatisfy(hit -> assertThat(hit.departmentCode()).isEqualTo("guotu"));
        var menu = _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
        assertThat(menu).contains("inbox").doesNotContain("intake");

        // Vaadin's access control refuses the navigation on the server: the portal's own 403 page instead
        UI.getCurrent().navigate("intake");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(target -> target instanceof IntakeView)
                .anySatisfy(target -> assertThat(target).isInstanceOf(AccessDeniedView.class));
        assertThat(_get(H1.class, spec -> spec.withText("无权访问"))).isNotNull();
        // an address that is no screen is refused the same way, so a refusal never tells which screens exist
        UI.getCurrent().navigate("no-such-screen");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anySatisfy(target -> assertThat(target).isInstanceOf(AccessDeniedView.class));
        assertThatThrownBy(() -> intakeDesk.awaitingIntake())
                .isInstanceOf(WorkbenchRefusal.class)
                .extracting(e -> ((WorkbenchRefusal) e).code())
                .isEqualTo(WorkbenchRefusal.ACCESS_DENIED);
    }

    @Test
    void a_handler_opening_another_departments_case_by_url_is_refused_and_sees_none_of_it() {
        var otherCase =
                waitFor(() -> casesOf("minzheng"), hits -> !hits.isEmpty()).get(0);
        var ownCase = waitFor(() -> casesOf("guotu"), hits -> !hits.isEmpty()).get(0);
        signInAs("handler.guotu");

        UI.getCurrent().navigate("inbox/case/" + otherCase.caseId());

        var denied = _get(Paragraph.class, spec -> spec.withId("inbox-case-denied"));
        assertThat(denied.getText())
                .isEqualTo(context.getBean(org.onetrip.i18n.BundleI18NProvider.class)
                        .getTranslation("workbench.refused.ACCESS_DENIED", Locale.SIMPLIFIED_CHINESE));
        _assertNone(CaseHistoryList.class);
        _assertNone(HandlerCaseActions.class);
        assertThat(UI.getCurrent().getElement().getOuterHTML())
                .doesNotContain(otherCase.title())
                .doesNotContain(otherCase.caseNumber());
        assertThatThrownBy(() -> departmentInbox.timeline(otherCase.caseId()))
                .isInstanceOf(WorkbenchRefusal.class)
                .hasMessageContaining(WorkbenchRefusal.ACCESS_DENIED);
        assertThatThrownBy(() -> departmentInbox.answer(otherCase.caseId(), "not ours to answer"))
                .isInstanceOf(WorkbenchRefusal.class)
                .hasMessageContaining(WorkbenchRefusal.ACCESS_DENIED);

        UI.getCurrent().navigate(InboxCaseView.class, ownCase.caseId());
        _assertOne(CaseHistoryList.class);
        _assertOne(HandlerCaseActions.class);
        _assertNone(Paragraph.class, spec -> spec.withId("inbox-case-denied"));
    }

    @Test
    void a_case_the_handlers_department_held_before_a_transfer_stays_readable_to_it() {
        // demo data: v-sidian transferred its case on to minzheng
        var transferred =
                waitFor(() -> casesOf("minzheng"), hits -> !hits.isEmpty()).get(0);
        signInAs("handler.v-sidian");
        assertThat(departmentInbox.timeline(transferred.caseId()).events()).isNotEmpty();
        signInAs("handler.linye");
        assertThatThrownBy(() -> departmentInbox.timeline(transferred.caseId())).isInstanceOf(WorkbenchRefusal.class);
    }

    @Test
    void an_action_the_case_does_not_allow_now_is_refused_by_the_screen_service_and_nothing_is_stored() {
        var held = waitFor(() -> casesOf("minzheng"), hits -> !hits.isEmpty()).get(0);
        signInAs("handler.minzheng");
        var allowed = departmentInbox.actions(held.caseId());
        var before = departmentInbox.timeline(held.caseId()).events().size();
        var refused = allowed.refusal(CaseAction.SIGN_FOR).isPresent() ? CaseAction.SIGN_FOR : CaseAction.ANSWER;
        assertThat(allowed.refusal(refused))
                .as("the demo case refuses " + refused)
                .isPresent();

        // what a crafted client call would reach: the service, not the disabled button
        assertThatThrownBy(() -> {
                    if (refused == CaseAction.SIGN_FOR) {
                        departmentInbox.signFor(held.caseId());
                    } else {
                        departmentInbox.answer(held.caseId(), "答复");
                    }
                })
                .isInstanceOf(WorkbenchRefusal.class)
                .extracting(e -> ((WorkbenchRefusal) e).code())
                .isEqualTo(allowed.refusal(refused).get().name());
        assertThat(departmentInbox.timeline(held.caseId()).events()).hasSize(before);

        UI.getCurrent().navigate(InboxCaseView.class, held.caseId());
        var button = _get(
                Button.class,
                spec -> spec.withId(refused == CaseAction.SIGN_FOR ? "handler-sign-for" : "handler-answer"));
        assertThat(button.isEnabled()).isFalse();
    }

    @Test
    void a_waiting_transfer_proposal_keeps_the_case_with_its_department_until_the_intake_desk_rejects_it() {
        // demo data: 国土所 proposed to transfer the land case to 村镇中心
        signInAs("zhang.min");
        var waiting = waitFor(() -> intakeDesk.transferProposals(null), list -> !list.isEmpty());
        assertThat(waiting).singleElement().satisfies(proposal -> {
            assertThat(proposal.transfer().fromDepartmentCode()).isEqualTo("guotu");
            assertThat(proposal.transfer().toDepartmentCode()).isEqualTo("cunzhen");
            assertThat(proposal.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        });
        var caseId = waiting.get(0).caseId();
        assertThat(intakeDesk.transferProposals("minzheng")).isEmpty();

        signInAs("handler.guotu");
        UI.getCurrent().navigate(InboxCaseView.class, caseId);
        assertThat(_get(CaseOverview.class).getElement().getTextRecursively())
                .contains("待审核转办")
                .contains("村镇中心");
        assertThat(_get(Button.class, spec -> spec.withId("handler-propose-transfer"))
                        .isEnabled())
                .isFalse();
        signInAs("handler.cunzhen");
        assertThatThrownBy(() -> departmentInbox.timeline(caseId))
                .as("proposed to, not yet holding it")
                .isInstanceOf(WorkbenchRefusal.class)
                .hasMessageContaining(WorkbenchRefusal.ACCESS_DENIED);
        assertThatThrownBy(() -> intakeDesk.approveTransfer(caseId))
                .isInstanceOf(WorkbenchRefusal.class)
                .extracting(e -> ((WorkbenchRefusal) e).code())
                .isEqualTo(WorkbenchRefusal.ACCESS_DENIED);

        signInAs("zhang.min");
        UI.getCurrent().navigate(IntakeView.class);
        @SuppressWarnings("unchecked")
        Grid<Proposal> grid = _get(Grid.class, spec -> spec.withId("intake-transfer-proposals"));
        var listed = grid.getGenericDataView().getItems().toList();
        assertThat(listed).extracting(Proposal::caseId).containsExactly(caseId);
        grid.select(listed.get(0));
        _setValue(_get(TextArea.class, spec -> spec.withId("intake-proposal-reason")), "地类尚未认定，仍由国土所办理");
        _click(_get(Button.class, spec -> spec.withId("intake-reject-transfer")));

        assertThat(waitFor(() -> intakeDesk.transferProposals(null), List::isEmpty))
                .isEmpty();
        var timeline = context.getBean(CaseTimelineQueries.class)
                .handle(new FindCaseTimelineQuery(caseId))
                .orElseThrow();
        assertThat(timeline.events()).extracting(event -> event.type()).endsWith("TransferRejectedEvent");
        assertThat(timeline.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    @Test
    void intake_sees_a_departments_pending_extension_request_and_approving_it_shows_the_new_deadline() {
        signInAs("zhang.min");
        // demo data: the reopened forestry case's department asked for 3 more working days
        var request = waitFor(() -> intakeDesk.extensionRequests(), hits -> !hits.isEmpty())
                .get(0);
        assertThat(request.pendingExtension().departmentCode()).isEqualTo("linye");
        assertThat(request.pendingExtension().workingDays()).isEqualTo(3);
        var expected = intakeDesk.extendedDeadline(request);
        assertThat(expected).isAfter(request.dueDate());

        UI.getCurrent().navigate(IntakeView.class);
        @SuppressWarnings("unchecked")
        Grid<Hit> requests = _get(Grid.class, spec -> spec.withId("extension-requests-grid"));
        assertThat(requests.getGenericDataView().getItems().map(Hit::caseId).toList())
                .contains(request.caseId());
        requests.asSingleSelect().setValue(request);
        _click(_get(Button.class, spec -> spec.withId("extension-approve")));

        assertThat(_get(Span.class, spec -> spec.withId("extension-outcome")).getText())
                .contains(request.caseNumber())
                .contains(expected.toString());
        var approved = intakeDesk.timeline(request.caseId()).events().stream()
                .filter(event -> event.type().endsWith("ExtensionApprovedEvent"))
                .toList();
        assertThat(approved).singleElement().satisfies(event -> {
            assertThat(event.payload().path("newDueDate").asText()).isEqualTo(expected.toString());
            assertThat(event.payload()
                            .path("context")
                            .path("actor")
                            .path("personId")
                            .asText())
                    .isEqualTo("zhang.min");
        });
        assertThat(waitFor(() -> intakeDesk.extensionRequests(), hits -> hits.isEmpty()))
                .isEmpty();
        assertThatThrownBy(() -> intakeDesk.denyExtension(request.caseId(), "已批准过"))
                .isInstanceOf(WorkbenchRefusal.class)
                .extracting(e -> ((WorkbenchRefusal) e).code())
                .isEqualTo("NO_PENDING_EXTENSION");
    }

    @Test
    void intake_records_a_rating_given_at_the_window_with_that_channel_and_only_intake_may() {
        var caseId = answeredCase();
        signInAs("handler.shebao");
        assertThatThrownBy(() -> intakeDesk.recordRating(caseId, Channel.WINDOW, Rating.SATISFIED, null))
                .isInstanceOf(WorkbenchRefusal.class)
                .hasMessageContaining(WorkbenchRefusal.ACCESS_DENIED);

        signInAs("zhang.min");
        assertThatThrownBy(() -> intakeDesk.recordRating(caseId, Channel.PORTAL, Rating.SATISFIED, null))
                .isInstanceOf(WorkbenchRefusal.class)
                .hasMessageContaining(WorkbenchRefusal.INVALID);
        intakeDesk.recordRating(caseId, Channel.WINDOW, Rating.BASICALLY_SATISFIED, "窗口回访：基本满意");

        var timeline = intakeDesk.timeline(caseId);
        assertThat(timeline.status()).isEqualTo(CaseStatus.RATED);
        var rated = timeline.events().get(timeline.events().size() - 1);
        assertThat(rated.type()).endsWith("CaseRatedEvent");
        assertThat(rated.payload().path("rating").asText()).isEqualTo("BASICALLY_SATISFIED");
        assertThat(rated.payload().path("comment").asText()).isEqualTo("窗口回访：基本满意");
        assertThat(rated.payload().path("context").path("channel").asText()).isEqualTo("WINDOW");
        assertThat(rated.payload()
                        .path("context")
                        .path("actor")
                        .path("personId")
                        .asText())
                .isEqualTo("zhang.min");
    }

    @Test
    void the_search_screens_calendar_names_months_and_weekdays_in_the_clerks_language_from_monday() {
        SpringUi.signInAs(context, "zhang.min", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(CaseSearchView.class);
        var chinese =
                _get(DatePicker.class, spec -> spec.withId("search-filed-from")).getI18n();
        assertThat(chinese.getMonthNames()).hasSize(12).endsWith("12月");
        assertThat(chinese.getWeekdaysShort()).containsExactly("日", "一", "二", "三", "四", "五", "六");
        assertThat(chinese.getToday()).isEqualTo("今天");
        assertThat(chinese.getFirstDayOfWeek()).isEqualTo(1);

        SpringUi.signInAs(context, "zhang.min", Locale.ENGLISH);
        UI.getCurrent().navigate(CaseSearchView.class);
        var english =
                _get(DatePicker.class, spec -> spec.withId("search-filed-from")).getI18n();
        assertThat(english.getMonthNames()).startsWith("January");
        assertThat(english.getCancel()).isEqualTo("Cancel");
    }

    @Test
    void the_browsers_own_notices_follow_the_language_the_visitor_chose_not_the_browsers() {
        SpringUi.signInAs(context, "zhang.min", Locale.ENGLISH);
        var service = VaadinService.getCurrent();

        assertThat(service.getSystemMessages(Locale.ENGLISH, VaadinRequest.getCurrent())
                        .getInternalErrorCaption())
                .as("no choice made: Chinese, whatever the browser asks for")
                .isEqualTo("系统出错");
        PortalLocales.choose(VaadinSession.getCurrent(), Locale.ENGLISH);
        assertThat(service.getSystemMessages(Locale.SIMPLIFIED_CHINESE, VaadinRequest.getCurrent())
                        .getInternalErrorCaption())
                .isEqualTo("Internal error");
    }

    @Test
    void a_screen_that_fails_to_open_says_so_in_the_clerks_language_with_a_reference_the_log_keeps_the_cause_under() {
        SpringUi.signInAs(context, "zhang.min", Locale.SIMPLIFIED_CHINESE);

        try (var log = new CapturedLog(UnexpectedErrors.class)) {
            UI.getCurrent().navigate("test-only/failing");

            var text = _get(UnexpectedErrorView.class).getElement().getTextRecursively();
            assertThat(text)
                    .contains("出错了")
                    .doesNotContain(FailingScreen.DETAIL)
                    .doesNotContain("Exception")
                    .doesNotContain("navigate");
            assertThat(log.causeOf(referenceIn(text))).hasMessage(FailingScreen.DETAIL);
        }
    }

    @Test
    void an_action_that_fails_unexpectedly_says_it_was_not_done_once_and_leaves_what_was_typed_on_the_screen() {
        SpringUi.signInAs(context, "zhang.min", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(IntakeView.class);
        var title = _get(TextField.class, spec -> spec.withId("registration-title"));
        _setValue(title, "村口路灯坏了");

        try (var log = new CapturedLog(UnexpectedErrors.class)) {
            // what Vaadin does with an exception a click listener throws; the second, a poll's, adds no notice
            var handler = VaadinSession.getCurrent().getErrorHandler();
            handler.error(new ErrorEvent(new IllegalStateException(FailingScreen.DETAIL)));
            handler.error(new ErrorEvent(new IllegalStateException("again")));

            var shown = NotificationsKt.getNotifications();
            assertThat(shown).hasSize(1);
            var text = shown.get(0).getElement().getTextRecursively();
            assertThat(text).startsWith("系统发生意外错误").doesNotContain(FailingScreen.DETAIL);
            assertThat(log.causeOf(referenceIn(text))).hasMessage(FailingScreen.DETAIL);
            assertThat(_get(TextField.class, spec -> spec.withId("registration-title"))
                            .getValue())
                    .isEqualTo("村口路灯坏了");
        }
    }

    @Test
    void a_browser_that_left_before_its_answer_was_written_gets_no_notice_and_no_error_in_the_log() {
        SpringUi.signInAs(context, "zhang.min", Locale.SIMPLIFIED_CHINESE);
        UI.getCurrent().navigate(IntakeView.class);

        try (var log = new CapturedLog(UnexpectedErrors.class)) {
            VaadinSession.getCurrent()
                    .getErrorHandler()
                    .error(new ErrorEvent(new java.io.UncheckedIOException(
                            new org.apache.catalina.connector.ClientAbortException("Broken pipe"))));

            assertThat(NotificationsKt.getNotifications()).isEmpty();
            assertThat(log.errors()).isEmpty();
        }
    }

    private static String referenceIn(String text) {
        var matcher = java.util.regex.Pattern.compile("错误编号 ([0-9A-F]{8}) ").matcher(text);
        assertThat(matcher.find()).as("a reference in: %s", text).isTrue();
        return matcher.group(1);
    }

    @Test
    void the_complainants_contact_is_shown_to_discipline_and_intake_with_each_look_recorded_and_refused_to_a_handler() {
        // demo data: the 低保 complaint, now with 民政所, left a name and a phone number
        var bounced =
                waitFor(() -> casesOf("minzheng"), hits -> !hits.isEmpty()).get(0);
        var caseId = bounced.caseId();

        signInAs("handler.minzheng");
        assertThatThrownBy(() -> contacts.view(caseId, "想直接联系群众"))
                .isInstanceOf(WorkbenchRefusal.class)
                .extracting(e -> ((WorkbenchRefusal) e).code())
                .isEqualTo("ROLE_NOT_ALLOWED");

        signInAs("li.qing");
        UI.getCurrent().navigate("discipline/case/" + caseId);
        _setValue(_get(TextField.class, spec -> spec.withId("contact-reason")), "核实推诿情况，需回访群众");
        _click(_get(Button.class, spec -> spec.withId("contact-show")));
        assertThat(_get(Span.class, spec -> spec.withId("contact-name")).getText())
                .isEqualTo("王秀兰");
        assertThat(_get(Span.class, spec -> spec.withId("contact-phone")).getText())
                .isEqualTo("13800001111");
        assertThat(_get(CaseHistoryList.class, spec -> spec.withId("case-timeline"))
                        .getElement()
                        .getTextRecursively())
                .contains("李清查看投诉人联系方式（已显示），理由：核实推诿情况，需回访群众")
                .doesNotContain("ComplainantContactViewedEvent");

        signInAs("zhang.min");
        assertThat(contacts.view(caseId, "电话回访").phone()).isEqualTo("13800001111");

        var events = intakeDesk.timeline(caseId).events();
        var looks = events.stream()
                .filter(event -> event.type().endsWith("ComplainantContactViewedEvent"))
                .toList();
        assertThat(looks)
                .extracting(event -> event.payload()
                                .path("context")
                                .path("actor")
                                .path("personId")
                                .asText() + ": "
                        + event.payload().path("reason").asText())
                .containsExactly("li.qing: 核实推诿情况，需回访群众", "zhang.min: 电话回访");
        assertThat(events)
                .filteredOn(event -> event.type().endsWith("CaseCommandRefusedEvent"))
                .anySatisfy(event -> {
                    assertThat(event.payload().path("command").asText()).isEqualTo("ViewComplainantContactCommand");
                    assertThat(event.payload()
                                    .path("context")
                                    .path("actor")
                                    .path("personId")
                                    .asText())
                            .isEqualTo("handler.minzheng");
                });
        assertThat(events.toString()).doesNotContain("13800001111");
    }

    /** A case answered by 社保所, written through the commands as the staff would. */
    private String answeredCase() {
        var caseId = UUID.randomUUID().toString();
        var intake = new Actor("zhang.min", Role.INTAKE, "bianmin");
        var handler = new Actor("handler.shebao", Role.HANDLER, "shebao");
        gateway.sendAndWait(new FileCaseCommand(
                caseId,
                intake,
                Channel.WINDOW,
                ReceiptCode.generate(),
                CaseKind.ENQUIRY,
                CaseCategory.OTHER,
                "医保报销材料",
                "窗口咨询医保报销需要哪些材料",
                null,
                null,
                new Complainant("陈先生", "13600006666", null, false)));
        gateway.sendAndWait(new AcceptCaseCommand(caseId, intake, Channel.WORKBENCH, null, null));
        gateway.sendAndWait(new AssignCaseCommand(caseId, intake, Channel.WORKBENCH, "shebao", null, null, null));
        gateway.sendAndWait(new SignForCaseCommand(caseId, handler, Channel.WORKBENCH, null));
        gateway.sendAndWait(new AnswerCaseCommand(caseId, handler, Channel.WORKBENCH, "带身份证和发票原件即可。", null));
        return caseId;
    }

    private List<Hit> casesOf(String department) {
        return search.search(new CaseSearchRequest(
                        null,
                        List.of(CaseStatus.IN_PROGRESS, CaseStatus.ASSIGNED),
                        List.of(department),
                        null,
                        null,
                        null,
                        null,
                        false,
                        0,
                        10,
                        CaseSearchRequest.CaseSort.NEWEST))
                .hits();
    }

    private static <T> T waitFor(Supplier<T> read, java.util.function.Predicate<T> ready) {
        var deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        T value = read.get();
        while (!ready.test(value) && System.nanoTime() < deadline) {
            try {
                Thread.sleep(250);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            value = read.get();
        }
        return value;
    }
}
