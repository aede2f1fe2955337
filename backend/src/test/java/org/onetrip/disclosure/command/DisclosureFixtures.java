package org.onetrip.disclosure.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.hamcrest.Description;
import org.hamcrest.Matcher;
import org.hamcrest.TypeSafeMatcher;
import org.onetrip.disclosure.api.Classification;
import org.onetrip.disclosure.api.DisclosureCommandRefusedEvent;
import org.onetrip.disclosure.api.DisclosureOutcome;
import org.onetrip.disclosure.api.DisclosureRefusalReason;
import org.onetrip.disclosure.api.DisclosureRefusedException;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.api.HowToApply;
import org.onetrip.disclosure.api.MaterialForm;
import org.onetrip.disclosure.api.RequiredMaterial;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;

/** Test data and matchers for the disclosure aggregates: a fixed clock, event ids "e-1", "e-2", … */
public final class DisclosureFixtures {

    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    static final Instant GIVEN_AT = Instant.parse("2026-03-02T02:00:00Z");
    static final DepartmentDirectory DEPARTMENTS = DepartmentDirectory.fromClasspath(new ObjectMapper());

    public static final Actor EDITOR = new Actor("chen.jing", Role.INTAKE, "bianmin");
    static final Actor OFFICE_EDITOR = new Actor("liu.yan", Role.HANDLER, "dangzhengban");
    static final Actor ADMIN = new Actor("admin-sun", Role.ADMIN, null);
    static final Actor CIVIL_AFFAIRS = new Actor("handler.minzheng", Role.HANDLER, "minzheng");
    static final Actor LAND_OFFICE = new Actor("handler.guotu", Role.HANDLER, "guotu");
    static final Actor DISCIPLINE = new Actor("li.qing", Role.DISCIPLINE, "jiwei");
    static final Actor AUDITOR = new Actor("auditor-zhao", Role.AUDITOR, null);
    static final Actor INTAKE_ELSEWHERE = new Actor("wang.li", Role.INTAKE, "minzheng");

    private DisclosureFixtures() {}

    static EventContexts contexts() {
        var number = new AtomicInteger();
        return new EventContexts(Clock.fixed(NOW, ZoneOffset.UTC), () -> "e-" + number.incrementAndGet());
    }

    static EventContext context(int n, Actor actor) {
        return new EventContext("e-" + n, actor, Channel.WORKBENCH, NOW);
    }

    static EventContext given(Actor actor) {
        return new EventContext("given", actor, Channel.WORKBENCH, GIVEN_AT);
    }

    public static ServiceItemContent complete() {
        return new ServiceItemContent(
                "最低生活保障审批",
                "minzheng",
                HallZone.MINZHENG,
                Classification.AT_MOST_ONE_TRIP,
                null,
                "本乡户籍、家庭人均收入低于低保标准的家庭。",
                List.of("家庭成员人均月收入低于农村低保标准"),
                List.of(
                        new RequiredMaterial("居民身份证", MaterialForm.ORIGINAL, 0, true, null),
                        new RequiredMaterial("户口簿", MaterialForm.ORIGINAL_AND_COPY, 1, true, null)),
                30,
                20,
                "不收费",
                List.of("提出申请", "入户调查", "公示", "审批"),
                new HowToApply(true, "便民服务中心民政专区", false, null, false));
    }

    static ServiceItemContent vague() {
        var c = complete();
        return new ServiceItemContent(
                c.name(),
                c.departmentCode(),
                c.hallZone(),
                c.classification(),
                null,
                c.scope(),
                List.of("家庭收入低于标准等"),
                List.of(new RequiredMaterial("其他相关材料", MaterialForm.COPY, 1, false, null)),
                30,
                20,
                c.fees(),
                c.processSteps(),
                c.howToApply());
    }

    static ServiceItemContent draftOnly() {
        return new ServiceItemContent(
                "医疗救助", "minzheng", null, null, null, null, null, null, null, null, null, null, null);
    }

    static ServiceItemContent promising(int promised) {
        var c = complete();
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
                promised,
                c.fees(),
                c.processSteps(),
                c.howToApply());
    }

    static Matcher<Object> refusal(DisclosureRefusalReason reason, String command) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof DisclosureCommandRefusedEvent refused
                        && refused.reason() == reason
                        && refused.command().equals(command)
                        && refused.context().occurredAt().equals(NOW);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a refusal of " + command + " because " + reason);
            }
        };
    }

    static Matcher<Object> refusedOutcome(DisclosureRefusalReason reason) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Object item) {
                return item instanceof DisclosureOutcome.Refused refused && refused.reason() == reason;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a Refused outcome for " + reason);
            }
        };
    }

    static Matcher<Throwable> thrownRefusal(DisclosureRefusalReason reason) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof DisclosureRefusedException refused && refused.reason() == reason;
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("a DisclosureRefusedException for " + reason);
            }
        };
    }

    static Matcher<Throwable> invalid(String field) {
        return new TypeSafeMatcher<>() {
            @Override
            protected boolean matchesSafely(Throwable item) {
                return item instanceof InvalidCommandException invalid
                        && invalid.field().equals(field);
            }

            @Override
            public void describeTo(Description description) {
                description.appendText("an InvalidCommandException on " + field);
            }
        };
    }
}
