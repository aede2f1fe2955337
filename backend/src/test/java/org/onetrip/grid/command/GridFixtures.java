package org.onetrip.grid.command;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.grid.api.FoundIssue;
import org.onetrip.grid.api.GridCadre;
import org.onetrip.grid.api.GridCadreAssignedEvent;
import org.onetrip.grid.api.GridCadreRole;
import org.onetrip.grid.api.GridDefinedEvent;
import org.onetrip.grid.api.LogGridVisitCommand;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;
import org.onetrip.testing.SpawnedCases;
import org.onetrip.testing.TestStaff;

/**
 * Test data for grids: Tuesday 2026-03-10, 10:00 in Shanghai; event ids "e-1", "e-2", … per test; grid
 * "sidian-1" in 泗店村 with its three posts filled by 赵磊 (党政办), 孙红 (民政所) and the village's cadre.
 */
final class GridFixtures {

    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    static final Instant GIVEN_AT = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    static final String GRID = "sidian-1";

    static final Actor MANAGER = new Actor("zhao.lei", Role.HANDLER, "dangzhengban");
    static final Actor ADMIN = new Actor("admin", Role.ADMIN, "dangzhengban");
    static final Actor GRID_CADRE = new Actor("sun.hong", Role.HANDLER, "minzheng");
    static final Actor VILLAGE_CADRE = new Actor("handler.v-sidian", Role.HANDLER, "v-sidian");
    static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");
    static final Actor OUTSIDER = new Actor("handler.guotu", Role.HANDLER, "guotu");
    static final Actor AUDITOR = new Actor("auditor", Role.AUDITOR, null);

    static final GridCadre LEADER_POST = new GridCadre(GridCadreRole.LIAISON_LEADER, "zhao.lei", "赵磊", "dangzhengban");
    static final GridCadre CADRE_POST = new GridCadre(GridCadreRole.GRID_CADRE, "sun.hong", "孙红", "minzheng");
    static final GridCadre VILLAGE_POST =
            new GridCadre(GridCadreRole.VILLAGE_CADRE, "handler.v-sidian", "泗店村委会承办人", "v-sidian");

    static final TestStaff STAFF = new TestStaff(
            TestStaff.member("zhao.lei", "赵磊", Role.HANDLER, "dangzhengban"),
            TestStaff.member("sun.hong", "孙红", Role.HANDLER, "minzheng"),
            TestStaff.member("handler.v-sidian", "泗店村委会承办人", Role.HANDLER, "v-sidian"),
            TestStaff.member("handler.guotu", "国土所承办人", Role.HANDLER, "guotu"),
            TestStaff.member("zhang.min", "张敏", Role.INTAKE, "bianmin"),
            TestStaff.member("auditor", "督察评估组", Role.AUDITOR, null));

    private GridFixtures() {}

    /** A fixture of its own (event ids count from e-1 again) and the cases its commands file. */
    record Setup<T>(FixtureConfiguration<T> fixture, SpawnedCases cases) {}

    static <T> Setup<T> setUp(Class<T> aggregate) {
        var number = new AtomicInteger();
        var clock = Clock.fixed(NOW, ZoneOffset.UTC);
        var contexts = new EventContexts(clock, () -> "e-" + number.incrementAndGet());
        FixtureConfiguration<T> fixture = new AggregateTestFixture<>(aggregate);
        fixture.registerInjectableResource(contexts);
        fixture.registerInjectableResource(SpawnedCases.DEPARTMENTS);
        fixture.registerInjectableResource(STAFF);
        fixture.registerInjectableResource(SpawnedCases.filing(contexts));
        return new Setup<>(fixture, SpawnedCases.enable(fixture, contexts));
    }

    static EventContext context(int n, Actor actor) {
        return context(n, actor, Channel.WORKBENCH);
    }

    static EventContext context(int n, Actor actor, Channel channel) {
        return new EventContext("e-" + n, actor, channel, NOW);
    }

    static EventContext given(Actor actor) {
        return new EventContext("given", actor, Channel.WORKBENCH, GIVEN_AT);
    }

    static GridDefinedEvent defined() {
        return new GridDefinedEvent(GRID, given(MANAGER), "泗店村一网格", "v-sidian", "一组、二组");
    }

    /** The grid drawn with all three posts filled. */
    static List<Object> staffedGrid() {
        return List.of(
                defined(),
                new GridCadreAssignedEvent(GRID, given(MANAGER), LEADER_POST, null),
                new GridCadreAssignedEvent(GRID, given(MANAGER), CADRE_POST, null),
                new GridCadreAssignedEvent(GRID, given(MANAGER), VILLAGE_POST, null));
    }

    static FoundIssue settled(String summary, String resolution) {
        return new FoundIssue(summary, null, false, resolution, null, null, null);
    }

    static FoundIssue toFollowUp(String summary, String details) {
        return new FoundIssue(summary, details, true, null, CaseCategory.OTHER, null, null);
    }

    static LogGridVisitCommand visit(Actor cadre, LocalDate on, List<FoundIssue> issues) {
        return new LogGridVisitCommand(
                GRID, "visit-1", cadre, Channel.WORKBENCH, on, "泗店村一组", 6, 1, "五保户李大爷等", null, issues);
    }
}
