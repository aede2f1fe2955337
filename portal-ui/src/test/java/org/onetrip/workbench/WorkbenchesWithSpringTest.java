package org.onetrip.workbench;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static com.github.mvysny.kaributesting.v10.LocatorJ._assertOne;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.InternalServerError;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.OneTripApplication;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.projections.cases.CaseSearch;
import org.onetrip.projections.cases.CaseSearchRequest;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.projections.cases.TransferProposalsResponse.Proposal;
import org.onetrip.security.StaffAccountRepository;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.workbench.department.DepartmentInbox;
import org.onetrip.workbench.department.ui.HandlerCaseActions;
import org.onetrip.workbench.department.ui.InboxCaseView;
import org.onetrip.workbench.department.ui.InboxView;
import org.onetrip.workbench.intake.IntakeDesk;
import org.onetrip.workbench.intake.ui.IntakeView;
import org.onetrip.workbench.intake.ui.RegistrationForm;
import org.onetrip.workbench.ui.TimelineGrid;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The workbenches in the real application (demo data and accounts, embedded search), driven through
 * Karibu with Vaadin's Spring integration: role-dependent content, and a handler who types another
 * department's case into the URL gets a refusal and none of its data.
 */
@SpringBootTest(classes = OneTripApplication.class, webEnvironment = SpringBootTest.WebEnvironment.MOCK)
class WorkbenchesWithSpringTest {

    static final Path DATA_DIR = temporaryFolder();

    @DynamicPropertySource
    static void properties(DynamicPropertyRegistry registry) {
        registry.add("onetrip.data-dir", DATA_DIR::toString);
        registry.add("onetrip.demo-data", () -> "true");
        registry.add("onetrip.demo-accounts", () -> "true");
        registry.add("spring.main.banner-mode", () -> "off");
    }

    @Autowired
    ApplicationContext context;
    @Autowired
    StaffAccountRepository accounts;
    @Autowired
    CaseSearch search;
    @Autowired
    IntakeDesk intakeDesk;
    @Autowired
    DepartmentInbox departmentInbox;

    @BeforeAll
    static void noUpdateCheck() {
        System.setProperty("axoniq.update-checker.disabled", "true");
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
        SecurityContextHolder.clearContext();
    }

    @Test
    void the_intake_clerk_gets_the_intake_desk_in_the_menu_and_on_screen_but_no_inbox() {
        signInAs("zhang.min");
        UI.getCurrent().navigate(IntakeView.class);

        _assertOne(RegistrationForm.class);
        var menu = _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
        assertThat(menu).contains("intake").doesNotContain("inbox");
        var awaiting = waitFor(() -> intakeDesk.awaitingIntake(), hits -> !hits.isEmpty());
        assertThat(awaiting).allSatisfy(hit -> assertThat(IntakeDesk.AWAITING).contains(hit.status()));
    }

    @Test
    void a_handler_sees_only_their_own_departments_cases_and_cannot_open_the_intake_desk() {
        signInAs("handler.guotu");
        waitFor(() -> departmentInbox.inbox(), hits -> !hits.isEmpty());
        UI.getCurrent().navigate(InboxView.class);

        @SuppressWarnings("unchecked")
        Grid<Hit> grid = _get(Grid.class, spec -> spec.withId("inbox-cases"));
        var shown = grid.getGenericDataView().getItems().toList();
        assertThat(shown).isNotEmpty().allSatisfy(hit -> assertThat(hit.departmentCode()).isEqualTo("guotu"));
        var menu = _find(SideNavItem.class).stream().map(SideNavItem::getPath).toList();
        assertThat(menu).contains("inbox").doesNotContain("intake");

        // Vaadin's access control refuses the navigation on the server: Karibu's access-denied view instead
        UI.getCurrent().navigate("intake");
        var onScreen = UI.getCurrent().getChildren().toList();
        assertThat(onScreen).noneMatch(component -> component instanceof IntakeView)
                .anySatisfy(component -> assertThat(component).isInstanceOf(InternalServerError.class));
        assertThat(onScreen.stream().filter(InternalServerError.class::isInstance).map(InternalServerError.class::cast)
                .map(BasicUtilsKt::get_errorMessage)).anySatisfy(message -> assertThat(message)
                .contains("AccessDeniedException"));
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .noneMatch(target -> target instanceof IntakeView);
        assertThatThrownBy(() -> intakeDesk.awaitingIntake()).isInstanceOf(WorkbenchRefusal.class)
                .extracting(e -> ((WorkbenchRefusal) e).code()).isEqualTo(WorkbenchRefusal.ACCESS_DENIED);
    }

    @Test
    void a_handler_opening_another_departments_case_by_url_is_refused_and_sees_none_of_it() {
        var otherCase = waitFor(() -> casesOf("minzheng"), hits -> !hits.isEmpty()).get(0);
        var ownCase = waitFor(() -> casesOf("guotu"), hits -> !hits.isEmpty()).get(0);
        signInAs("handler.guotu");

        UI.getCurrent().navigate("inbox/case/" + otherCase.caseId());

        var denied = _get(Paragraph.class, spec -> spec.withId("inbox-case-denied"));
        assertThat(denied.getText()).isEqualTo(context.getBean(org.onetrip.i18n.BundleI18NProvider.class)
                .getTranslation("workbench.refused.ACCESS_DENIED", Locale.SIMPLIFIED_CHINESE));
        _assertNone(TimelineGrid.class);
        _assertNone(HandlerCaseActions.class);
        assertThat(UI.getCurrent().getElement().getOuterHTML()).doesNotContain(otherCase.title())
                .doesNotContain(otherCase.receiptCode());
        assertThatThrownBy(() -> departmentInbox.timeline(otherCase.caseId()))
                .isInstanceOf(WorkbenchRefusal.class).hasMessageContaining(WorkbenchRefusal.ACCESS_DENIED);
        assertThatThrownBy(() -> departmentInbox.answer(otherCase.caseId(), "not ours to answer"))
                .isInstanceOf(WorkbenchRefusal.class).hasMessageContaining(WorkbenchRefusal.ACCESS_DENIED);

        UI.getCurrent().navigate(InboxCaseView.class, ownCase.caseId());
        _assertOne(TimelineGrid.class);
        _assertOne(HandlerCaseActions.class);
        _assertNone(Paragraph.class, spec -> spec.withId("inbox-case-denied"));
    }

    @Test
    void a_case_the_handlers_department_held_before_a_transfer_stays_readable_to_it() {
        // demo data: v-sidian transferred its case on to minzheng
        var transferred = waitFor(() -> casesOf("minzheng"), hits -> !hits.isEmpty()).get(0);
        signInAs("handler.v-sidian");
        assertThat(departmentInbox.timeline(transferred.caseId()).events()).isNotEmpty();
        signInAs("handler.linye");
        assertThatThrownBy(() -> departmentInbox.timeline(transferred.caseId()))
                .isInstanceOf(WorkbenchRefusal.class);
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
        assertThat(_get(Paragraph.class, spec -> spec.withId("inbox-pending-transfer")).getText()).contains("村镇中心");
        assertThat(_get(Button.class, spec -> spec.withId("handler-propose-transfer")).isEnabled()).isFalse();
        signInAs("handler.cunzhen");
        assertThatThrownBy(() -> departmentInbox.timeline(caseId)).as("proposed to, not yet holding it")
                .isInstanceOf(WorkbenchRefusal.class).hasMessageContaining(WorkbenchRefusal.ACCESS_DENIED);
        assertThatThrownBy(() -> intakeDesk.approveTransfer(caseId)).isInstanceOf(WorkbenchRefusal.class)
                .extracting(e -> ((WorkbenchRefusal) e).code()).isEqualTo(WorkbenchRefusal.ACCESS_DENIED);

        signInAs("zhang.min");
        UI.getCurrent().navigate(IntakeView.class);
        @SuppressWarnings("unchecked")
        Grid<Proposal> grid = _get(Grid.class, spec -> spec.withId("intake-transfer-proposals"));
        var listed = grid.getGenericDataView().getItems().toList();
        assertThat(listed).extracting(Proposal::caseId).containsExactly(caseId);
        grid.select(listed.get(0));
        _setValue(_get(TextArea.class, spec -> spec.withId("intake-proposal-reason")), "地类尚未认定，仍由国土所办理");
        _click(_get(Button.class, spec -> spec.withId("intake-reject-transfer")));

        assertThat(waitFor(() -> intakeDesk.transferProposals(null), List::isEmpty)).isEmpty();
        var timeline = context.getBean(WorkbenchCommands.class).timeline(caseId).orElseThrow();
        assertThat(timeline.events()).extracting(event -> event.type()).endsWith("TransferRejectedEvent");
        assertThat(timeline.status()).isEqualTo(CaseStatus.IN_PROGRESS);
    }

    private List<Hit> casesOf(String department) {
        return search.search(new CaseSearchRequest(null, List.of(CaseStatus.IN_PROGRESS, CaseStatus.ASSIGNED),
                List.of(department), null, null, null, null, false, 0, 10,
                CaseSearchRequest.CaseSort.NEWEST)).hits();
    }

    private void signInAs(String username) {
        MockVaadin.tearDown();
        var principal = new StaffPrincipal(accounts.findById(username).orElseThrow());
        var authentication = new UsernamePasswordAuthenticationToken(principal, null, principal.getAuthorities());
        SecurityContextHolder.getContext().setAuthentication(authentication);
        MockVaadin.setMockRequestFactory(session -> {
            var request = new FakeRequest(session);
            request.setUserPrincipalInt(authentication);
            request.setUserInRole((who, role) -> principal.getAuthorities().stream()
                    .anyMatch(authority -> authority.getAuthority().equals("ROLE_" + role)));
            return request;
        });
        var routes = new Routes().autoDiscoverViews("org.onetrip");
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
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

    private static Path temporaryFolder() {
        try {
            return Files.createTempDirectory("onetrip-workbench-test");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
