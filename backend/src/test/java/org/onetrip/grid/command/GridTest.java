package org.onetrip.grid.command;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.grid.command.GridFixtures.ADMIN;
import static org.onetrip.grid.command.GridFixtures.AUDITOR;
import static org.onetrip.grid.command.GridFixtures.CADRE_POST;
import static org.onetrip.grid.command.GridFixtures.GRID;
import static org.onetrip.grid.command.GridFixtures.GRID_CADRE;
import static org.onetrip.grid.command.GridFixtures.INTAKE;
import static org.onetrip.grid.command.GridFixtures.MANAGER;
import static org.onetrip.grid.command.GridFixtures.OUTSIDER;
import static org.onetrip.grid.command.GridFixtures.TODAY;
import static org.onetrip.grid.command.GridFixtures.VILLAGE_CADRE;
import static org.onetrip.grid.command.GridFixtures.context;
import static org.onetrip.grid.command.GridFixtures.defined;
import static org.onetrip.grid.command.GridFixtures.given;
import static org.onetrip.grid.command.GridFixtures.settled;
import static org.onetrip.grid.command.GridFixtures.staffedGrid;
import static org.onetrip.grid.command.GridFixtures.toFollowUp;
import static org.onetrip.grid.command.GridFixtures.visit;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseOrigin;
import org.onetrip.cases.api.Complainant;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.grid.api.AssignGridCadreCommand;
import org.onetrip.grid.api.DefineGridCommand;
import org.onetrip.grid.api.FoundIssue;
import org.onetrip.grid.api.GridCadreAssignedEvent;
import org.onetrip.grid.api.GridCadreReleasedEvent;
import org.onetrip.grid.api.GridCadreRole;
import org.onetrip.grid.api.GridCommand;
import org.onetrip.grid.api.GridCommandRefusedEvent;
import org.onetrip.grid.api.GridDefinedEvent;
import org.onetrip.grid.api.GridOutcome;
import org.onetrip.grid.api.GridRefusalReason;
import org.onetrip.grid.api.GridRefusedException;
import org.onetrip.grid.api.GridRevisedEvent;
import org.onetrip.grid.api.GridVisitIssueRaisedEvent;
import org.onetrip.grid.api.GridVisitLoggedEvent;
import org.onetrip.grid.api.LogGridVisitCommand;
import org.onetrip.grid.api.LoggedIssue;
import org.onetrip.grid.api.RaiseGridVisitIssueCommand;
import org.onetrip.grid.api.ReleaseGridCadreCommand;
import org.onetrip.grid.api.ReviseGridCommand;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.testing.SpawnedCases;

/** Every rule of a grid: drawing it, filling its posts, logging visits and turning their issues into cases. */
class GridTest {

    /** The cases the last scenario's command filed. */
    private SpawnedCases cases;

    private TestExecutor<Grid> givenNothing() {
        var setup = GridFixtures.setUp(Grid.class);
        cases = setup.cases();
        return setup.fixture().givenNoPriorActivity();
    }

    private TestExecutor<Grid> scenario(List<?> events) {
        var setup = GridFixtures.setUp(Grid.class);
        cases = setup.cases();
        return setup.fixture().given(events);
    }

    private TestExecutor<Grid> scenario(Object event) {
        return scenario(List.of(event));
    }

    // ---- drawing a grid

    @Test
    void the_party_office_draws_a_grid_in_a_village() {
        givenNothing()
                .when(new DefineGridCommand(GRID, MANAGER, Channel.WORKBENCH, " 泗店村一网格 ", "v-sidian", "一组、二组"))
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GridDefinedEvent(GRID, context(1, MANAGER), "泗店村一网格", "v-sidian", "一组、二组"));
    }

    @Test
    void an_administrator_may_draw_one_too() {
        givenNothing()
                .when(new DefineGridCommand(GRID, ADMIN, Channel.WORKBENCH, "泗店村一网格", "v-sidian", null))
                .expectEvents(new GridDefinedEvent(GRID, context(1, ADMIN), "泗店村一网格", "v-sidian", null));
    }

    @Test
    void a_grid_lies_in_a_village_or_residents_committee_and_has_a_short_code_and_a_name() {
        invalid(
                givenNothing(),
                new DefineGridCommand(GRID, MANAGER, Channel.WORKBENCH, "民政所网格", "minzheng", null),
                "villageDepartmentCode");
        invalid(
                givenNothing(),
                new DefineGridCommand("Sidian 1", MANAGER, Channel.WORKBENCH, "泗店村一网格", "v-sidian", null),
                "gridId");
        invalid(givenNothing(), new DefineGridCommand(GRID, MANAGER, Channel.WORKBENCH, " ", "v-sidian", null), "name");
        invalid(
                givenNothing(),
                new DefineGridCommand(GRID, MANAGER, Channel.WORKBENCH, "名".repeat(61), "v-sidian", null),
                "name");
    }

    @Test
    void only_the_party_office_or_an_administrator_draws_grids() {
        for (var actor : List.of(OUTSIDER, INTAKE, AUDITOR)) {
            givenNothing()
                    .when(new DefineGridCommand(GRID, actor, Channel.WORKBENCH, "泗店村一网格", "v-sidian", null))
                    .expectException(GridRefusedException.class)
                    .expectNoEvents();
        }
    }

    @Test
    void a_grid_is_renamed_or_redrawn_with_a_reason() {
        scenario(defined())
                .when(new ReviseGridCommand(GRID, MANAGER, Channel.WORKBENCH, "泗店村一网格", "一组、二组、三组", "三组并入"))
                .expectEvents(new GridRevisedEvent(GRID, context(1, MANAGER), "泗店村一网格", "一组、二组、三组", "三组并入"))
                .expectResultMessagePayload(new GridOutcome.Done(GRID));
    }

    @Test
    void a_revision_that_changes_nothing_or_comes_from_outside_the_party_office_is_a_recorded_refusal() {
        expectRecordedRefusal(
                scenario(defined()),
                new ReviseGridCommand(GRID, MANAGER, Channel.WORKBENCH, "泗店村一网格", "一组、二组", "无变化"),
                GridRefusalReason.NO_CHANGE,
                "the grid already has this name and area");
        expectRecordedRefusal(
                scenario(defined()),
                new ReviseGridCommand(GRID, OUTSIDER, Channel.WORKBENCH, "新名", null, "改名"),
                GridRefusalReason.ROLE_NOT_ALLOWED,
                "HANDLER of guotu may not revise grid");
        invalid(
                scenario(defined()),
                new ReviseGridCommand(GRID, MANAGER, Channel.WORKBENCH, "新名", null, " "),
                "reason");
    }

    // ---- posts

    @Test
    void a_staff_member_takes_up_an_empty_post() {
        scenario(defined())
                .when(new AssignGridCadreCommand(
                        GRID, MANAGER, Channel.WORKBENCH, GridCadreRole.GRID_CADRE, "sun.hong", null))
                .expectEvents(new GridCadreAssignedEvent(GRID, context(1, MANAGER), CADRE_POST, null))
                .expectResultMessagePayload(new GridOutcome.Done(GRID));
    }

    @Test
    void filling_a_held_post_releases_its_holder_in_the_same_step() {
        var newcomer = new org.onetrip.grid.api.GridCadre(GridCadreRole.GRID_CADRE, "handler.guotu", "国土所承办人", "guotu");
        scenario(staffedGrid())
                .when(new AssignGridCadreCommand(
                        GRID, MANAGER, Channel.WORKBENCH, GridCadreRole.GRID_CADRE, "handler.guotu", "孙红调任"))
                .expectEvents(
                        new GridCadreReleasedEvent(GRID, context(1, MANAGER), CADRE_POST, "孙红调任"),
                        new GridCadreAssignedEvent(GRID, context(2, MANAGER), newcomer, "孙红调任"));
        scenario(staffedGrid())
                .when(new AssignGridCadreCommand(
                        GRID, MANAGER, Channel.WORKBENCH, GridCadreRole.GRID_CADRE, "handler.guotu", null))
                .expectEvents(
                        new GridCadreReleasedEvent(GRID, context(1, MANAGER), CADRE_POST, "replaced by handler.guotu"),
                        new GridCadreAssignedEvent(GRID, context(2, MANAGER), newcomer, null));
    }

    @Test
    void one_person_holds_one_post_per_grid() {
        expectRecordedRefusal(
                scenario(staffedGrid()),
                new AssignGridCadreCommand(
                        GRID, MANAGER, Channel.WORKBENCH, GridCadreRole.GRID_CADRE, "sun.hong", null),
                GridRefusalReason.ALREADY_IN_THE_POST,
                "sun.hong already holds GRID_CADRE");
        expectRecordedRefusal(
                scenario(staffedGrid()),
                new AssignGridCadreCommand(
                        GRID, MANAGER, Channel.WORKBENCH, GridCadreRole.LIAISON_LEADER, "sun.hong", null),
                GridRefusalReason.ALREADY_IN_THE_GRID,
                "sun.hong already holds GRID_CADRE in this grid");
    }

    @Test
    void a_post_goes_to_an_existing_staff_member_who_goes_out_on_visits() {
        invalid(
                scenario(defined()),
                new AssignGridCadreCommand(
                        GRID, MANAGER, Channel.WORKBENCH, GridCadreRole.GRID_CADRE, "nobody.here", null),
                "personId");
        invalid(
                scenario(defined()),
                new AssignGridCadreCommand(GRID, MANAGER, Channel.WORKBENCH, GridCadreRole.GRID_CADRE, "auditor", null),
                "personId");
        invalid(
                scenario(defined()),
                new AssignGridCadreCommand(GRID, MANAGER, Channel.WORKBENCH, null, "sun.hong", null),
                "role");
    }

    @Test
    void only_the_party_office_fills_posts() {
        expectRecordedRefusal(
                scenario(defined()),
                new AssignGridCadreCommand(
                        GRID, VILLAGE_CADRE, Channel.WORKBENCH, GridCadreRole.VILLAGE_CADRE, "handler.v-sidian", null),
                GridRefusalReason.ROLE_NOT_ALLOWED,
                "HANDLER of v-sidian may not assign grid cadre");
    }

    @Test
    void a_post_is_left_empty_with_a_reason() {
        scenario(staffedGrid())
                .when(new ReleaseGridCadreCommand(GRID, MANAGER, Channel.WORKBENCH, GridCadreRole.GRID_CADRE, "调离"))
                .expectEvents(new GridCadreReleasedEvent(GRID, context(1, MANAGER), CADRE_POST, "调离"));
        expectRecordedRefusal(
                scenario(defined()),
                new ReleaseGridCadreCommand(GRID, MANAGER, Channel.WORKBENCH, GridCadreRole.GRID_CADRE, "调离"),
                GridRefusalReason.POST_EMPTY,
                "nobody holds GRID_CADRE");
        invalid(
                scenario(staffedGrid()),
                new ReleaseGridCadreCommand(GRID, MANAGER, Channel.WORKBENCH, GridCadreRole.GRID_CADRE, ""),
                "reason");
    }

    // ---- visits

    @Test
    void a_cadre_logs_a_visit_and_each_issue_to_follow_up_becomes_a_grid_visit_case_linked_to_it() {
        var issues = List.of(settled("低保政策咨询", "当场讲解了申请条件"), toFollowUp("村东路灯不亮", "村东主路三盏路灯坏了一个月，夜间出行不便。"));
        scenario(staffedGrid())
                .when(visit(GRID_CADRE, TODAY, issues))
                .expectSuccessfulHandlerExecution()
                .expectEvents(
                        new GridVisitLoggedEvent(
                                GRID,
                                context(1, GRID_CADRE),
                                "visit-1",
                                CADRE_POST,
                                TODAY,
                                "泗店村一组",
                                6,
                                1,
                                "五保户李大爷等",
                                null,
                                List.of(
                                        new LoggedIssue(1, "低保政策咨询", null, true, "当场讲解了申请条件", CaseCategory.OTHER, null),
                                        new LoggedIssue(
                                                2,
                                                "村东路灯不亮",
                                                "村东主路三盏路灯坏了一个月，夜间出行不便。",
                                                false,
                                                null,
                                                CaseCategory.OTHER,
                                                null))),
                        new GridVisitIssueRaisedEvent(
                                GRID, context(3, GRID_CADRE, Channel.VISIT), "visit-1", 2, "case-1", null))
                .expectResultMessagePayload(new GridOutcome.CasesRaised(
                        GRID,
                        "visit-1",
                        List.of(new GridOutcome.RaisedCase(
                                2, "case-1", SpawnedCases.receiptCode(1).grouped()))));
        assertThat(cases.events())
                .containsExactly(new CaseFiledEvent(
                        "case-1",
                        context(2, GRID_CADRE, Channel.VISIT),
                        SpawnedCases.receiptCode(1).value(),
                        CaseKind.GRID_VISIT_ISSUE,
                        CaseCategory.OTHER,
                        "村东路灯不亮",
                        "村东主路三盏路灯坏了一个月，夜间出行不便。",
                        null,
                        null,
                        FiledComplainant.NONE,
                        new CaseOrigin(CaseOrigin.Source.GRID_VISIT, GRID, "visit-1", 2, null)));
    }

    @Test
    void every_cadre_of_the_grid_logs_their_own_visits_and_nobody_else_can() {
        scenario(staffedGrid())
                .when(visit(VILLAGE_CADRE, TODAY, List.of()))
                .expectSuccessfulHandlerExecution()
                .expectResultMessagePayload(new GridOutcome.CasesRaised(GRID, "visit-1", List.of()));
        expectRecordedRefusal(
                scenario(staffedGrid()),
                visit(OUTSIDER, TODAY, List.of(toFollowUp("路灯", null))),
                GridRefusalReason.NOT_A_CADRE_OF_THE_GRID,
                "handler.guotu holds no post in grid sidian-1");
    }

    @Test
    void a_released_cadre_no_longer_logs_visits_to_the_grid() {
        var history = new ArrayList<>(staffedGrid());
        history.add(new GridCadreReleasedEvent(GRID, given(MANAGER), CADRE_POST, "调离"));
        expectRecordedRefusal(
                scenario(history),
                visit(GRID_CADRE, TODAY, List.of()),
                GridRefusalReason.NOT_A_CADRE_OF_THE_GRID,
                "sun.hong holds no post in grid sidian-1");
    }

    @Test
    void a_visit_has_happened_within_the_last_month_and_called_on_someone() {
        invalid(scenario(staffedGrid()), visit(GRID_CADRE, TODAY.plusDays(1), List.of()), "visitedOn");
        invalid(scenario(staffedGrid()), visit(GRID_CADRE, TODAY.minusDays(32), List.of()), "visitedOn");
        scenario(staffedGrid())
                .when(visit(GRID_CADRE, TODAY.minusDays(31), List.of()))
                .expectSuccessfulHandlerExecution();
        invalid(
                scenario(staffedGrid()),
                new LogGridVisitCommand(
                        GRID, "visit-1", GRID_CADRE, Channel.WORKBENCH, TODAY, "泗店村一组", 0, 0, null, null, List.of()),
                "households");
        invalid(
                scenario(staffedGrid()),
                new LogGridVisitCommand(
                        GRID, "visit-1", GRID_CADRE, Channel.WORKBENCH, TODAY, " ", 1, 0, null, null, List.of()),
                "place");
        invalid(
                scenario(staffedGrid()),
                new LogGridVisitCommand(
                        GRID, "visit-1", GRID_CADRE, Channel.WORKBENCH, TODAY, "一组", 501, 0, null, null, List.of()),
                "households");
    }

    @Test
    void an_issue_settled_on_the_spot_says_how_and_a_visit_holds_at_most_twenty_issues() {
        invalid(scenario(staffedGrid()), visit(GRID_CADRE, TODAY, List.of(settled("咨询", " "))), "issues[0].resolution");
        invalid(
                scenario(staffedGrid()),
                visit(GRID_CADRE, TODAY, Collections.nCopies(21, settled("咨询", "已答复"))),
                "issues");
        invalid(
                scenario(staffedGrid()),
                visit(GRID_CADRE, TODAY, List.of(new FoundIssue("占地", null, true, null, null, "no-such-office", null))),
                "issues[0].concernedDepartmentCode");
    }

    @Test
    void a_visit_is_logged_once() {
        var history = new ArrayList<>(staffedGrid());
        history.add(loggedVisit());
        invalid(scenario(history), visit(GRID_CADRE, TODAY, List.of()), "visitId");
    }

    @Test
    void a_resident_s_contact_goes_encrypted_into_the_case_and_never_into_the_visit() {
        var resident = new Complainant("王大妈", "13800001234", null, false);
        var issue = new FoundIssue("危房改造", "老房漏雨", true, null, CaseCategory.OTHER, "cunzhen", resident);
        scenario(staffedGrid())
                .when(visit(GRID_CADRE, TODAY, List.of(issue)))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        new CustomTypeSafeMatcher<GridVisitLoggedEvent>("a visit without the resident's contact") {
                            @Override
                            protected boolean matchesSafely(GridVisitLoggedEvent logged) {
                                return !logged.toString().contains("13800001234")
                                        && !logged.toString().contains("王大妈");
                            }
                        },
                        org.hamcrest.CoreMatchers.instanceOf(GridVisitIssueRaisedEvent.class),
                        Matchers.andNoMore())));
        var filed = (CaseFiledEvent) cases.events().get(0);
        assertThat(filed.toString()).doesNotContain("13800001234");
        assertThat(filed.concernedDepartmentCode()).isEqualTo("cunzhen");
        assertThat(SpawnedCases.VAULT.open("case-1", filed.complainant().contact()))
                .contains(new ContactDetails("王大妈", "13800001234", null));
    }

    // ---- raising a settled issue later

    static GridVisitLoggedEvent loggedVisit() {
        return new GridVisitLoggedEvent(
                GRID,
                given(GRID_CADRE),
                "visit-1",
                CADRE_POST,
                TODAY.minusDays(8),
                "泗店村一组",
                3,
                0,
                null,
                null,
                List.of(new LoggedIssue(1, "邻里宅基地纠纷", null, true, "当场调解", CaseCategory.OTHER, null)));
    }

    static RaiseGridVisitIssueCommand raiseLater(Actor actor, int issue) {
        return new RaiseGridVisitIssueCommand(
                GRID, "visit-1", issue, actor, Channel.WORKBENCH, "调解后又起争执", null, "guotu", null);
    }

    @Test
    void the_visitor_turns_a_settled_issue_into_a_case_later_with_a_reason() {
        var history = new ArrayList<>(staffedGrid());
        history.add(loggedVisit());
        scenario(history)
                .when(raiseLater(GRID_CADRE, 1))
                .expectEvents(new GridVisitIssueRaisedEvent(
                        GRID, context(2, GRID_CADRE, Channel.VISIT), "visit-1", 1, "case-1", "调解后又起争执"));
        assertThat(cases.events())
                .containsExactly(new CaseFiledEvent(
                        "case-1",
                        context(1, GRID_CADRE, Channel.VISIT),
                        SpawnedCases.receiptCode(1).value(),
                        CaseKind.GRID_VISIT_ISSUE,
                        CaseCategory.OTHER,
                        "邻里宅基地纠纷",
                        "邻里宅基地纠纷",
                        null,
                        "guotu",
                        FiledComplainant.NONE,
                        new CaseOrigin(CaseOrigin.Source.GRID_VISIT, GRID, "visit-1", 1, null)));
    }

    @Test
    void the_intake_desk_may_raise_it_too_but_another_cadre_may_not() {
        var history = new ArrayList<>(staffedGrid());
        history.add(loggedVisit());
        scenario(history).when(raiseLater(INTAKE, 1)).expectSuccessfulHandlerExecution();
        expectRecordedRefusal(
                scenario(history),
                raiseLater(VILLAGE_CADRE, 1),
                GridRefusalReason.ROLE_NOT_ALLOWED,
                "only the cadre who made the visit or the intake desk raises its issues");
    }

    @Test
    void an_issue_is_raised_once_and_only_an_issue_of_a_known_visit() {
        var history = new ArrayList<>(staffedGrid());
        history.add(loggedVisit());
        history.add(new GridVisitIssueRaisedEvent(GRID, given(GRID_CADRE), "visit-1", 1, "case-9", "又起争执"));
        expectRecordedRefusal(
                scenario(history),
                raiseLater(GRID_CADRE, 1),
                GridRefusalReason.ALREADY_RAISED,
                "issue 1 is case case-9 already");
        expectRecordedRefusal(
                scenario(history),
                raiseLater(GRID_CADRE, 2),
                GridRefusalReason.UNKNOWN_ISSUE,
                "the visit has no issue 2");
        expectRecordedRefusal(
                scenario(staffedGrid()),
                raiseLater(GRID_CADRE, 1),
                GridRefusalReason.UNKNOWN_VISIT,
                "no visit visit-1 in sidian-1");
    }

    // ---- helpers

    private static void invalid(TestExecutor<Grid> given, Object command, String field) {
        given.when(command)
                .expectException(new CustomTypeSafeMatcher<Throwable>("invalid " + field) {
                    @Override
                    protected boolean matchesSafely(Throwable item) {
                        return item instanceof InvalidCommandException invalid && field.equals(invalid.field());
                    }
                })
                .expectNoEvents();
    }

    private static ResultValidator<Grid> expectRecordedRefusal(
            TestExecutor<Grid> given, GridCommand command, GridRefusalReason reason, String detail) {
        return given.when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new GridCommandRefusedEvent(
                        GRID,
                        context(1, command.actor(), command.channel()),
                        command.getClass().getSimpleName(),
                        reason,
                        detail))
                .expectResultMessagePayload(new GridOutcome.Refused(reason, detail));
    }
}
