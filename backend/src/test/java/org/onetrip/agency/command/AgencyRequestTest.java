package org.onetrip.agency.command;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.junit.jupiter.api.Test;
import org.onetrip.agency.api.AgencyCommandRefusedEvent;
import org.onetrip.agency.api.AgencyItem;
import org.onetrip.agency.api.AgencyOutcome;
import org.onetrip.agency.api.AgencyRefusalReason;
import org.onetrip.agency.api.AgencyRefusedException;
import org.onetrip.agency.api.AgencyRequestCancelledEvent;
import org.onetrip.agency.api.AgencyRequestIds;
import org.onetrip.agency.api.AgencyRequestRegisteredEvent;
import org.onetrip.agency.api.AgencyResult;
import org.onetrip.agency.api.AgencyResultHandedBackEvent;
import org.onetrip.agency.api.AgencyStatus;
import org.onetrip.agency.api.AgencyStepRecordedEvent;
import org.onetrip.agency.api.AgentAssignedEvent;
import org.onetrip.agency.api.AssignAgentCommand;
import org.onetrip.agency.api.BeneficiaryGroup;
import org.onetrip.agency.api.CancelAgencyRequestCommand;
import org.onetrip.agency.api.ConsentMethod;
import org.onetrip.agency.api.HandBackResultCommand;
import org.onetrip.agency.api.HandOverMaterialsCommand;
import org.onetrip.agency.api.MaterialsHandedOverEvent;
import org.onetrip.agency.api.RecordAgencyStepCommand;
import org.onetrip.agency.api.RegisterAgencyRequestCommand;
import org.onetrip.agency.api.RequesterContactViewedEvent;
import org.onetrip.agency.api.ViewRequesterContactCommand;
import org.onetrip.calendar.api.Deadline;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.organisation.api.StaffMember;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.command.AesGcmContactVault;
import org.onetrip.privacy.command.InMemoryContactKeyStore;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;
import org.onetrip.testing.TestCalendar;
import org.onetrip.testing.TestStaff;

/**
 * 帮代办 for an elderly villager of 泗店村: 80周岁以上老年人高龄津贴申领 (MZ-005, promised in 5 working days),
 * registered on Thursday 2026-09-24 10:00; the village's 代办员 handler.v-sidian takes it through.
 */
class AgencyRequestTest {

    static final Instant REGISTERED_AT = Instant.parse("2026-09-24T02:00:00Z");
    static final ReceiptCode CODE = ReceiptCode.generate();
    static final String ID = AgencyRequestIds.of(CODE);
    static final AgencyItem ELDERLY_ALLOWANCE = new AgencyItem("MZ-005", "80周岁以上老年人高龄津贴申领", "minzheng", 5, 1);
    static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");
    static final Actor AGENT = new Actor("handler.v-sidian", Role.HANDLER, "v-sidian");
    static final Actor OTHER_HANDLER = new Actor("handler.guotu", Role.HANDLER, "guotu");
    static final TestStaff STAFF = new TestStaff(
            TestStaff.member("zhang.min", "张敏", Role.INTAKE, "bianmin"),
            TestStaff.member(AGENT.personId(), "泗店村代办员", Role.HANDLER, "v-sidian"),
            TestStaff.member("handler.minzheng", "民政所承办人", Role.HANDLER, "minzheng"),
            TestStaff.member("handler.guotu", "国土所承办人", Role.HANDLER, "guotu"),
            TestStaff.member("auditor", "督察评估组", Role.AUDITOR, null),
            new StaffMember("former.clerk", "离职人员", Role.HANDLER, "minzheng", false),
            new StaffMember("desk.unplaced", "未定岗窗口", Role.INTAKE, null, true));
    static final AesGcmContactVault VAULT = new AesGcmContactVault(new InMemoryContactKeyStore());

    private FixtureConfiguration<AgencyRequest> at(Instant now) {
        var events = new AtomicInteger();
        FixtureConfiguration<AgencyRequest> fixture = new AggregateTestFixture<>(AgencyRequest.class);
        fixture.registerInjectableResource(
                new EventContexts(Clock.fixed(now, ZoneOffset.UTC), () -> "e-" + events.incrementAndGet()));
        fixture.registerInjectableResource(TestCalendar.seeded2025And2026());
        fixture.registerInjectableResource(DepartmentDirectory.fromClasspath(new ObjectMapper()));
        fixture.registerInjectableResource(VAULT);
        fixture.registerInjectableResource(STAFF);
        return fixture;
    }

    private static EventContext given(Actor actor) {
        return new EventContext("given", actor, Channel.WORKBENCH, REGISTERED_AT);
    }

    static AgencyRequestRegisteredEvent registered() {
        return new AgencyRequestRegisteredEvent(
                ID,
                new EventContext("given", INTAKE, Channel.HOTLINE, REGISTERED_AT),
                CODE.value(),
                ELDERLY_ALLOWANCE,
                BeneficiaryGroup.ELDERLY,
                "v-sidian",
                new Deadline(LocalDate.parse("2026-10-12"), 5, 2),
                VAULT.seal(ID, new ContactDetails("赵大爷", "13700003333", null)),
                null);
    }

    static AgentAssignedEvent assigned() {
        return new AgentAssignedEvent(ID, given(INTAKE), AGENT.personId(), "v-sidian");
    }

    static MaterialsHandedOverEvent handedOver() {
        return new MaterialsHandedOverEvent(ID, given(AGENT), List.of("身份证", "户口簿"), ConsentMethod.SIGNED_FORM, null);
    }

    private static RegisterAgencyRequestCommand register(Actor actor, Channel channel) {
        return new RegisterAgencyRequestCommand(
                actor,
                channel,
                CODE,
                ELDERLY_ALLOWANCE,
                BeneficiaryGroup.ELDERLY,
                "v-sidian",
                "赵大爷",
                "13700003333",
                null);
    }

    @Test
    void the_deadline_is_the_item_s_promised_limit_in_working_days_over_the_national_day_holiday() {
        // Thu 2026-09-24 + 5 working days: Sep 25, 28, 29, 30, then the National Day holiday, then Fri Oct 9
        at(REGISTERED_AT)
                .givenNoPriorActivity()
                .when(register(INTAKE, Channel.HOTLINE))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(org.axonframework.test.matchers.Matchers.payloadsMatching(
                        org.axonframework.test.matchers.Matchers.exactSequenceOf(
                                org.hamcrest.Matchers.allOf(
                                        org.hamcrest.Matchers.instanceOf(AgencyRequestRegisteredEvent.class),
                                        org.hamcrest.Matchers.hasToString(
                                                org.hamcrest.Matchers.containsString(
                                                        "deadline=Deadline[dueDate=2026-10-09, workingDays=5, calendarVersion=2]")),
                                        org.hamcrest.Matchers.hasToString(org.hamcrest.Matchers.not(
                                                org.hamcrest.Matchers.containsString("赵大爷")))),
                                org.axonframework.test.matchers.Matchers.andNoMore())));
    }

    @Test
    void the_public_cannot_register_and_a_department_registers_only_on_a_visit_or_at_a_window() {
        at(REGISTERED_AT)
                .givenNoPriorActivity()
                .when(register(Actor.PUBLIC, Channel.PORTAL))
                .expectException(AgencyRefusedException.class);
        at(REGISTERED_AT)
                .givenNoPriorActivity()
                .when(register(AGENT, Channel.PORTAL))
                .expectException(AgencyRefusedException.class);
        at(REGISTERED_AT)
                .givenNoPriorActivity()
                .when(register(AGENT, Channel.VISIT))
                .expectSuccessfulHandlerExecution();
    }

    @Test
    void a_request_needs_the_citizen_s_name_and_phone() {
        at(REGISTERED_AT)
                .givenNoPriorActivity()
                .when(new RegisterAgencyRequestCommand(
                        INTAKE,
                        Channel.HOTLINE,
                        CODE,
                        ELDERLY_ALLOWANCE,
                        BeneficiaryGroup.ELDERLY,
                        null,
                        "赵大爷",
                        "",
                        null))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void a_village_agent_may_take_a_request_themself_but_not_name_someone_else() {
        at(REGISTERED_AT)
                .given(registered())
                .when(new AssignAgentCommand(ID, AGENT, Channel.WORKBENCH, AGENT.personId(), "v-sidian"))
                .expectEvents(new AgentAssignedEvent(
                        ID,
                        new EventContext("e-1", AGENT, Channel.WORKBENCH, REGISTERED_AT),
                        AGENT.personId(),
                        "v-sidian"));
        at(REGISTERED_AT)
                .given(registered())
                .when(new AssignAgentCommand(ID, AGENT, Channel.WORKBENCH, "handler.minzheng", "minzheng"))
                .expectEventsMatching(refusedWith(AgencyRefusalReason.ROLE_NOT_ALLOWED));
    }

    @Test
    void a_handler_takes_only_a_request_of_their_own_department_or_village_that_no_one_holds() {
        at(REGISTERED_AT)
                .given(registered())
                .when(new AssignAgentCommand(ID, OTHER_HANDLER, Channel.WORKBENCH, OTHER_HANDLER.personId(), "guotu"))
                .expectEventsMatching(refusedWith(AgencyRefusalReason.NOT_YOUR_REQUEST));
        var itemDepartment = new Actor("handler.minzheng", Role.HANDLER, "minzheng");
        at(REGISTERED_AT)
                .given(registered())
                .when(new AssignAgentCommand(
                        ID, itemDepartment, Channel.WORKBENCH, itemDepartment.personId(), "minzheng"))
                .expectEvents(new AgentAssignedEvent(
                        ID,
                        new EventContext("e-1", itemDepartment, Channel.WORKBENCH, REGISTERED_AT),
                        "handler.minzheng",
                        "minzheng"));
        at(REGISTERED_AT)
                .given(registered(), assigned())
                .when(new AssignAgentCommand(
                        ID, itemDepartment, Channel.WORKBENCH, itemDepartment.personId(), "minzheng"))
                .expectEventsMatching(refusedWith(AgencyRefusalReason.NOT_YOUR_REQUEST));
        at(REGISTERED_AT)
                .given(registered(), assigned())
                .when(new AssignAgentCommand(ID, AGENT, Channel.WORKBENCH, AGENT.personId(), "v-sidian"))
                .expectEventsMatching(refusedWith(AgencyRefusalReason.WRONG_STATE));
    }

    @Test
    void the_centre_names_as_agent_only_an_enabled_clerk_or_handler_of_the_department_named() {
        for (var agent : java.util.List.of(
                new String[] {"nobody", "minzheng"},
                new String[] {"former.clerk", "minzheng"},
                new String[] {"auditor", "minzheng"},
                new String[] {"handler.minzheng", "guotu"},
                new String[] {"desk.unplaced", "bianmin"})) {
            at(REGISTERED_AT)
                    .given(registered())
                    .when(new AssignAgentCommand(ID, INTAKE, Channel.WORKBENCH, agent[0], agent[1]))
                    .expectException(InvalidCommandException.class)
                    .expectNoEvents();
        }
        at(REGISTERED_AT)
                .given(registered())
                .when(new AssignAgentCommand(ID, INTAKE, Channel.WORKBENCH, "handler.minzheng", "minzheng"))
                .expectEvents(new AgentAssignedEvent(
                        ID,
                        new EventContext("e-1", INTAKE, Channel.WORKBENCH, REGISTERED_AT),
                        "handler.minzheng",
                        "minzheng"));
    }

    @Test
    void an_agent_or_department_code_over_sixty_four_characters_is_invalid_and_nothing_is_stored() {
        at(REGISTERED_AT)
                .given(registered())
                .when(new AssignAgentCommand(ID, INTAKE, Channel.WORKBENCH, AGENT.personId(), "v".repeat(65)))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        at(REGISTERED_AT)
                .given(registered())
                .when(new AssignAgentCommand(ID, INTAKE, Channel.WORKBENCH, "h".repeat(65), "v-sidian"))
                .expectException(InvalidCommandException.class)
                .expectNoEvents();
        at(REGISTERED_AT)
                .given(registered())
                .when(new AssignAgentCommand(ID, INTAKE, Channel.WORKBENCH, AGENT.personId(), "v".repeat(64)))
                .expectEventsMatching(refusedWith(AgencyRefusalReason.UNKNOWN_DEPARTMENT));
    }

    @Test
    void materials_are_taken_only_by_the_agent_and_only_with_recorded_consent() {
        at(REGISTERED_AT)
                .given(registered(), assigned())
                .when(new HandOverMaterialsCommand(ID, AGENT, Channel.VISIT, List.of("身份证", "户口簿"), null, null))
                .expectResultMessagePayload(new AgencyOutcome.Refused(
                        AgencyRefusalReason.CONSENT_REQUIRED,
                        "materials are taken only with the citizen's recorded consent"))
                .expectEventsMatching(refusedWith(AgencyRefusalReason.CONSENT_REQUIRED));
        at(REGISTERED_AT)
                .given(registered(), assigned())
                .when(new HandOverMaterialsCommand(
                        ID, OTHER_HANDLER, Channel.VISIT, List.of("身份证"), ConsentMethod.SIGNED_FORM, null))
                .expectEventsMatching(refusedWith(AgencyRefusalReason.NOT_THE_AGENT));
        at(REGISTERED_AT)
                .given(registered(), assigned())
                .when(new HandOverMaterialsCommand(
                        ID, AGENT, Channel.VISIT, List.of("身份证", "户口簿"), ConsentMethod.THUMBPRINT, "老人不识字，按手印，村会计在场"))
                .expectResultMessagePayload(new AgencyOutcome.Done(AgencyStatus.IN_PROGRESS))
                .expectEvents(new MaterialsHandedOverEvent(
                        ID,
                        new EventContext("e-1", AGENT, Channel.VISIT, REGISTERED_AT),
                        List.of("身份证", "户口簿"),
                        ConsentMethod.THUMBPRINT,
                        "老人不识字，按手印，村会计在场"));
        at(REGISTERED_AT)
                .given(registered(), assigned())
                .when(new HandOverMaterialsCommand(
                        ID, AGENT, Channel.VISIT, List.of(), ConsentMethod.SIGNED_FORM, null))
                .expectException(InvalidCommandException.class);
    }

    @Test
    void steps_follow_the_hand_over_and_the_result_goes_back_on_time_or_late() {
        at(REGISTERED_AT)
                .given(registered(), assigned())
                .when(new RecordAgencyStepCommand(ID, AGENT, Channel.WORKBENCH, "已交民政所窗口"))
                .expectEventsMatching(refusedWith(AgencyRefusalReason.WRONG_STATE));
        at(REGISTERED_AT)
                .given(registered(), assigned(), handedOver())
                .when(new RecordAgencyStepCommand(ID, AGENT, Channel.WORKBENCH, "已交民政所窗口"))
                .expectEvents(new AgencyStepRecordedEvent(
                        ID, new EventContext("e-1", AGENT, Channel.WORKBENCH, REGISTERED_AT), "已交民政所窗口"));
        var dueDay = Instant.parse("2026-10-12T08:00:00Z");
        at(dueDay)
                .given(registered(), assigned(), handedOver())
                .when(new HandBackResultCommand(
                        ID, AGENT, Channel.VISIT, AgencyResult.COMPLETED, "津贴已核定", List.of("身份证", "户口簿")))
                .expectEvents(new AgencyResultHandedBackEvent(
                        ID,
                        new EventContext("e-1", AGENT, Channel.VISIT, dueDay),
                        AgencyResult.COMPLETED,
                        "津贴已核定",
                        List.of("身份证", "户口簿"),
                        true,
                        "minzheng"));
        var dayAfter = Instant.parse("2026-10-13T02:00:00Z");
        at(dayAfter)
                .given(registered(), assigned(), handedOver())
                .when(new HandBackResultCommand(ID, AGENT, Channel.VISIT, AgencyResult.COMPLETED, null, null))
                .expectEvents(new AgencyResultHandedBackEvent(
                        ID,
                        new EventContext("e-1", AGENT, Channel.VISIT, dayAfter),
                        AgencyResult.COMPLETED,
                        null,
                        List.of(),
                        false,
                        "minzheng"));
    }

    @Test
    void a_request_whose_materials_the_agent_holds_cannot_simply_be_cancelled() {
        at(REGISTERED_AT)
                .given(registered(), assigned(), handedOver())
                .when(new CancelAgencyRequestCommand(ID, INTAKE, Channel.WORKBENCH, "本人已自行办理"))
                .expectEventsMatching(refusedWith(AgencyRefusalReason.WRONG_STATE));
        at(REGISTERED_AT)
                .given(registered(), assigned())
                .when(new CancelAgencyRequestCommand(ID, INTAKE, Channel.WORKBENCH, "本人已自行办理"))
                .expectEvents(new AgencyRequestCancelledEvent(
                        ID, new EventContext("e-1", INTAKE, Channel.WORKBENCH, REGISTERED_AT), "本人已自行办理"));
    }

    @Test
    void the_agent_sees_the_citizen_s_contact_and_the_view_is_recorded_and_others_are_refused() {
        at(REGISTERED_AT)
                .given(registered(), assigned())
                .when(new ViewRequesterContactCommand(ID, AGENT, Channel.WORKBENCH, "上门收取材料"))
                .expectResultMessagePayload(
                        new AgencyOutcome.ContactShown(new ContactDetails("赵大爷", "13700003333", null)))
                .expectEvents(new RequesterContactViewedEvent(
                        ID, new EventContext("e-1", AGENT, Channel.WORKBENCH, REGISTERED_AT), "上门收取材料"));
        at(REGISTERED_AT)
                .given(registered(), assigned())
                .when(new ViewRequesterContactCommand(ID, OTHER_HANDLER, Channel.WORKBENCH, "好奇"))
                .expectEventsMatching(refusedWith(AgencyRefusalReason.NOT_THE_AGENT));
    }

    @Test
    void the_tracking_code_does_not_appear_in_the_id() {
        assertThat(ID).startsWith("ag-").doesNotContain(CODE.value());
        assertThat(AgencyRequestIds.of(CODE)).isEqualTo(ID);
    }

    private static org.hamcrest.Matcher<java.util.List<org.axonframework.messaging.Message<?>>> refusedWith(
            AgencyRefusalReason reason) {
        return org.axonframework.test.matchers.Matchers.payloadsMatching(
                org.axonframework.test.matchers.Matchers.exactSequenceOf(
                        org.hamcrest.Matchers.allOf(
                                org.hamcrest.Matchers.instanceOf(AgencyCommandRefusedEvent.class),
                                org.hamcrest.Matchers.hasToString(
                                        org.hamcrest.Matchers.containsString("reason=" + reason))),
                        org.axonframework.test.matchers.Matchers.andNoMore()));
    }
}
