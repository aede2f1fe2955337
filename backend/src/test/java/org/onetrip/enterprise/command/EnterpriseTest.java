package org.onetrip.enterprise.command;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.axonframework.test.aggregate.AggregateTestFixture;
import org.axonframework.test.aggregate.FixtureConfiguration;
import org.axonframework.test.aggregate.ResultValidator;
import org.axonframework.test.aggregate.TestExecutor;
import org.axonframework.test.matchers.Matchers;
import org.hamcrest.CustomTypeSafeMatcher;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseOrigin;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.enterprise.api.AccessCodes;
import org.onetrip.enterprise.api.ChangeEnterpriseLiaisonCommand;
import org.onetrip.enterprise.api.EnterpriseCodeReissuedEvent;
import org.onetrip.enterprise.api.EnterpriseCommand;
import org.onetrip.enterprise.api.EnterpriseCommandRefusedEvent;
import org.onetrip.enterprise.api.EnterpriseContactErasedEvent;
import org.onetrip.enterprise.api.EnterpriseContactReplacedEvent;
import org.onetrip.enterprise.api.EnterpriseContactViewedEvent;
import org.onetrip.enterprise.api.EnterpriseIssueRaisedEvent;
import org.onetrip.enterprise.api.EnterpriseIssueType;
import org.onetrip.enterprise.api.EnterpriseLiaisonChangedEvent;
import org.onetrip.enterprise.api.EnterpriseOutcome;
import org.onetrip.enterprise.api.EnterpriseRefusalReason;
import org.onetrip.enterprise.api.EnterpriseRefusedException;
import org.onetrip.enterprise.api.EnterpriseRegisteredEvent;
import org.onetrip.enterprise.api.EnterpriseRevisedEvent;
import org.onetrip.enterprise.api.EnterpriseSector;
import org.onetrip.enterprise.api.EnterpriseVisitLoggedEvent;
import org.onetrip.enterprise.api.EraseEnterpriseContactCommand;
import org.onetrip.enterprise.api.LedgerIssue;
import org.onetrip.enterprise.api.LiaisonCadre;
import org.onetrip.enterprise.api.LogEnterpriseVisitCommand;
import org.onetrip.enterprise.api.LoggedLedgerIssue;
import org.onetrip.enterprise.api.RegisterEnterpriseCommand;
import org.onetrip.enterprise.api.ReissueEnterpriseCodeCommand;
import org.onetrip.enterprise.api.ReplaceEnterpriseContactCommand;
import org.onetrip.enterprise.api.ReviseEnterpriseCommand;
import org.onetrip.enterprise.api.ViewEnterpriseContactCommand;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.ContactStatus;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;
import org.onetrip.testing.SpawnedCases;
import org.onetrip.testing.TestStaff;

/** Every rule of an enterprise of the register: pairing, contact, access code, ledger and its requests. */
class EnterpriseTest {

    static final Instant NOW = Instant.parse("2026-03-10T02:00:00Z");
    static final Instant GIVEN_AT = Instant.parse("2026-03-02T02:00:00Z");
    static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    static final String ID = "enterprise-1";

    static final Actor MANAGER = new Actor("zhao.lei", Role.HANDLER, "dangzhengban");
    static final Actor LIAISON = new Actor("qian.feng", Role.HANDLER, "xiangmu");
    static final Actor OTHER_CADRE = new Actor("sun.hong", Role.HANDLER, "minzheng");
    static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");
    static final Actor DISCIPLINE = new Actor("li.qing", Role.DISCIPLINE, "jiwei");
    static final Actor AUDITOR = new Actor("auditor", Role.AUDITOR, null);
    static final LiaisonCadre QIAN = new LiaisonCadre("qian.feng", "钱峰", "xiangmu");
    static final LiaisonCadre SUN = new LiaisonCadre("sun.hong", "孙红", "minzheng");
    static final ContactDetails CONTACT = new ContactDetails("周厂长", "13900001111", null);
    static final ReceiptCode CODE = SpawnedCases.receiptCode(900);
    static final ReceiptCode NEW_CODE = SpawnedCases.receiptCode(901);

    static final TestStaff STAFF = new TestStaff(
            TestStaff.member("qian.feng", "钱峰", Role.HANDLER, "xiangmu"),
            TestStaff.member("sun.hong", "孙红", Role.HANDLER, "minzheng"),
            TestStaff.member("auditor", "督察评估组", Role.AUDITOR, null));

    private SpawnedCases cases;

    private TestExecutor<Enterprise> scenario(List<?> given) {
        var number = new AtomicInteger();
        var contexts = new EventContexts(Clock.fixed(NOW, ZoneOffset.UTC), () -> "e-" + number.incrementAndGet());
        FixtureConfiguration<Enterprise> fixture = new AggregateTestFixture<>(Enterprise.class);
        fixture.registerInjectableResource(contexts);
        fixture.registerInjectableResource(STAFF);
        fixture.registerInjectableResource(SpawnedCases.VAULT);
        fixture.registerInjectableResource(SpawnedCases.filing(contexts));
        cases = SpawnedCases.enable(fixture, contexts);
        return given.isEmpty() ? fixture.givenNoPriorActivity() : fixture.given(given);
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

    /** Registered with a contact sealed in the shared test vault, paired with 钱峰 (项目办). */
    static List<Object> registered() {
        return List.of(new EnterpriseRegisteredEvent(
                ID,
                given(MANAGER),
                "泗店面粉厂",
                EnterpriseSector.MANUFACTURING,
                "乡工业园",
                SpawnedCases.VAULT.seal(ID, CONTACT),
                QIAN,
                AccessCodes.hash(CODE)));
    }

    static RegisterEnterpriseCommand register(Actor actor, ContactDetails contact) {
        return new RegisterEnterpriseCommand(
                ID,
                actor,
                Channel.WORKBENCH,
                " 泗店面粉厂 ",
                EnterpriseSector.MANUFACTURING,
                "乡工业园",
                contact,
                "qian.feng",
                CODE);
    }

    // ---- the register

    @Test
    void the_party_office_registers_an_enterprise_with_its_liaison_cadre_an_encrypted_contact_and_a_hashed_code() {
        scenario(List.of())
                .when(register(MANAGER, CONTACT))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        new CustomTypeSafeMatcher<EnterpriseRegisteredEvent>(
                                "registered, contact sealed, code hashed") {
                            @Override
                            protected boolean matchesSafely(EnterpriseRegisteredEvent event) {
                                return event.equals(new EnterpriseRegisteredEvent(
                                                ID,
                                                context(1, MANAGER),
                                                "泗店面粉厂",
                                                EnterpriseSector.MANUFACTURING,
                                                "乡工业园",
                                                event.contact(),
                                                QIAN,
                                                AccessCodes.hash(CODE)))
                                        && !event.toString().contains("13900001111")
                                        && !event.toString().contains(CODE.value())
                                        && SpawnedCases.VAULT
                                                .open(ID, event.contact())
                                                .orElseThrow()
                                                .equals(CONTACT);
                            }
                        },
                        Matchers.andNoMore())));
    }

    @Test
    void an_enterprise_may_be_registered_without_a_contact() {
        scenario(List.of())
                .when(register(MANAGER, null))
                .expectEvents(new EnterpriseRegisteredEvent(
                        ID,
                        context(1, MANAGER),
                        "泗店面粉厂",
                        EnterpriseSector.MANUFACTURING,
                        "乡工业园",
                        null,
                        QIAN,
                        AccessCodes.hash(CODE)));
    }

    @Test
    void only_the_party_office_or_an_administrator_registers_enterprises() {
        scenario(List.of())
                .when(register(LIAISON, CONTACT))
                .expectException(EnterpriseRefusedException.class)
                .expectNoEvents();
    }

    @Test
    void a_registration_names_the_enterprise_its_sector_and_a_liaison_who_goes_on_visits() {
        invalid(
                scenario(List.of()),
                new RegisterEnterpriseCommand(
                        ID, MANAGER, Channel.WORKBENCH, " ", EnterpriseSector.OTHER, null, null, "qian.feng", CODE),
                "name");
        invalid(
                scenario(List.of()),
                new RegisterEnterpriseCommand(ID, MANAGER, Channel.WORKBENCH, "厂", null, null, null, "qian.feng", CODE),
                "sector");
        invalid(
                scenario(List.of()),
                new RegisterEnterpriseCommand(
                        ID, MANAGER, Channel.WORKBENCH, "厂", EnterpriseSector.OTHER, null, null, "auditor", CODE),
                "liaisonPersonId");
        invalid(
                scenario(List.of()),
                new RegisterEnterpriseCommand(
                        ID, MANAGER, Channel.WORKBENCH, "厂", EnterpriseSector.OTHER, null, null, "nobody", CODE),
                "liaisonPersonId");
        invalid(scenario(List.of()), register(MANAGER, new ContactDetails("周厂长", "call me", null)), "contact.phone");
    }

    @Test
    void the_register_is_corrected_with_a_reason_and_a_correction_must_change_something() {
        scenario(registered())
                .when(new ReviseEnterpriseCommand(
                        ID, MANAGER, Channel.WORKBENCH, "泗店面粉有限公司", EnterpriseSector.MANUFACTURING, "乡工业园", "改制"))
                .expectEvents(new EnterpriseRevisedEvent(
                        ID, context(1, MANAGER), "泗店面粉有限公司", EnterpriseSector.MANUFACTURING, "乡工业园", "改制"));
        expectRecordedRefusal(
                scenario(registered()),
                new ReviseEnterpriseCommand(
                        ID, MANAGER, Channel.WORKBENCH, "泗店面粉厂", EnterpriseSector.MANUFACTURING, "乡工业园", "无"),
                EnterpriseRefusalReason.NO_CHANGE,
                "the register already says so");
        expectRecordedRefusal(
                scenario(registered()),
                new ReviseEnterpriseCommand(ID, LIAISON, Channel.WORKBENCH, "别名", EnterpriseSector.OTHER, null, "改"),
                EnterpriseRefusalReason.ROLE_NOT_ALLOWED,
                "HANDLER of xiangmu may not revise enterprise");
    }

    @Test
    void the_party_office_pairs_the_enterprise_with_another_liaison_cadre() {
        scenario(registered())
                .when(new ChangeEnterpriseLiaisonCommand(ID, MANAGER, Channel.WORKBENCH, "sun.hong", "钱峰调任"))
                .expectEvents(new EnterpriseLiaisonChangedEvent(ID, context(1, MANAGER), QIAN, SUN, "钱峰调任"));
        expectRecordedRefusal(
                scenario(registered()),
                new ChangeEnterpriseLiaisonCommand(ID, MANAGER, Channel.WORKBENCH, "qian.feng", "不变"),
                EnterpriseRefusalReason.SAME_LIAISON,
                "qian.feng is the liaison cadre already");
        expectRecordedRefusal(
                scenario(registered()),
                new ChangeEnterpriseLiaisonCommand(ID, LIAISON, Channel.WORKBENCH, "sun.hong", "交接"),
                EnterpriseRefusalReason.ROLE_NOT_ALLOWED,
                "HANDLER of xiangmu may not change enterprise liaison");
    }

    // ---- the access code

    @Test
    void the_liaison_cadre_issues_a_new_code_which_replaces_the_old_one() {
        scenario(registered())
                .when(new ReissueEnterpriseCodeCommand(ID, LIAISON, Channel.WORKBENCH, NEW_CODE, "原码遗失"))
                .expectEvents(
                        new EnterpriseCodeReissuedEvent(ID, context(1, LIAISON), AccessCodes.hash(NEW_CODE), "原码遗失"))
                .expectResultMessagePayload(new EnterpriseOutcome.CodeIssued(ID, NEW_CODE.grouped()));
        expectRecordedRefusal(
                scenario(registered()),
                new ReissueEnterpriseCodeCommand(ID, OTHER_CADRE, Channel.WORKBENCH, NEW_CODE, "代办"),
                EnterpriseRefusalReason.ROLE_NOT_ALLOWED,
                "only 党政办, an administrator or the liaison cadre may reissue enterprise code");
    }

    @Test
    void a_code_is_stored_only_as_a_hash_that_differs_from_a_receipt_code_s() {
        assertThat(AccessCodes.hash(CODE)).hasSize(64).doesNotContain(CODE.value());
        assertThat(AccessCodes.hash(CODE)).isNotEqualTo(AccessCodes.hash(NEW_CODE));
    }

    // ---- the contact

    @Test
    void the_liaison_cadre_the_desk_and_the_discipline_office_see_the_contact_and_each_look_is_recorded() {
        for (var actor : List.of(LIAISON, INTAKE, DISCIPLINE)) {
            scenario(registered())
                    .when(new ViewEnterpriseContactCommand(ID, actor, Channel.WORKBENCH, "回访诉求办理情况"))
                    .expectEvents(new EnterpriseContactViewedEvent(
                            ID, context(1, actor), "回访诉求办理情况", ContactStatus.AVAILABLE))
                    .expectResultMessagePayload(
                            new EnterpriseOutcome.ContactShown(ID, ContactStatus.AVAILABLE, CONTACT));
        }
    }

    @Test
    void anyone_else_asking_for_the_contact_is_a_recorded_refusal() {
        for (var actor : List.of(OTHER_CADRE, AUDITOR)) {
            expectRecordedRefusal(
                    scenario(registered()),
                    new ViewEnterpriseContactCommand(ID, actor, Channel.WORKBENCH, "想看看"),
                    EnterpriseRefusalReason.ROLE_NOT_ALLOWED,
                    "only the liaison cadre, the intake desk and the discipline office see the contact");
        }
        invalid(
                scenario(registered()),
                new ViewEnterpriseContactCommand(ID, LIAISON, Channel.WORKBENCH, " "),
                "reason");
    }

    @Test
    void a_new_contact_destroys_the_old_one_s_key() {
        var history = registered();
        var oldKey = ((EnterpriseRegisteredEvent) history.get(0)).contact().keyId();
        var newContact = new ContactDetails("周经理", "13900002222", null);
        scenario(history)
                .when(new ReplaceEnterpriseContactCommand(ID, LIAISON, Channel.WORKBENCH, newContact, "厂长换人"))
                .expectSuccessfulHandlerExecution()
                .expectEventsMatching(Matchers.payloadsMatching(Matchers.exactSequenceOf(
                        new CustomTypeSafeMatcher<EnterpriseContactReplacedEvent>("replaced, old key destroyed") {
                            @Override
                            protected boolean matchesSafely(EnterpriseContactReplacedEvent event) {
                                return oldKey.equals(event.destroyedKeyId())
                                        && "厂长换人".equals(event.reason())
                                        && SpawnedCases.VAULT
                                                .open(ID, event.contact())
                                                .orElseThrow()
                                                .equals(newContact);
                            }
                        },
                        Matchers.andNoMore())));
        assertThat(SpawnedCases.KEYS.holds(oldKey)).isFalse();
    }

    @Test
    void the_discipline_office_erases_the_contact_on_request_and_it_reads_as_erased_afterwards() {
        var history = registered();
        var sealed = ((EnterpriseRegisteredEvent) history.get(0)).contact();
        scenario(history)
                .when(new EraseEnterpriseContactCommand(ID, DISCIPLINE, Channel.WORKBENCH, "本人申请删除"))
                .expectEvents(new EnterpriseContactErasedEvent(ID, context(1, DISCIPLINE), "本人申请删除", sealed.keyId()));
        assertThat(SpawnedCases.KEYS.holds(sealed.keyId())).isFalse();

        var erased = new ArrayList<Object>(registered());
        erased.add(new EnterpriseContactErasedEvent(ID, given(DISCIPLINE), "本人申请删除", "k"));
        scenario(erased)
                .when(new ViewEnterpriseContactCommand(ID, INTAKE, Channel.WORKBENCH, "回访"))
                .expectEvents(new EnterpriseContactViewedEvent(ID, context(1, INTAKE), "回访", ContactStatus.ERASED))
                .expectResultMessagePayload(new EnterpriseOutcome.ContactShown(ID, ContactStatus.ERASED, null));
        expectRecordedRefusal(
                scenario(erased),
                new EraseEnterpriseContactCommand(ID, DISCIPLINE, Channel.WORKBENCH, "再删"),
                EnterpriseRefusalReason.CONTACT_ERASED,
                "the contact data is already erased");
        expectRecordedRefusal(
                scenario(registered()),
                new EraseEnterpriseContactCommand(ID, LIAISON, Channel.WORKBENCH, "删"),
                EnterpriseRefusalReason.ROLE_NOT_ALLOWED,
                "HANDLER may not erase contact data; the discipline office or an administrator does");
    }

    // ---- the ledger

    static LogEnterpriseVisitCommand ledgerEntry(Actor actor, List<LedgerIssue> issues) {
        return new LogEnterpriseVisitCommand(
                ID, "visit-1", actor, Channel.WORKBENCH, TODAY, "项目办、供电所", "生产正常，计划扩建二号车间。", issues);
    }

    @Test
    void each_problem_entered_in_the_ledger_becomes_an_enterprise_request_linked_to_the_visit() {
        var issues = List.of(
                new LedgerIssue(EnterpriseIssueType.UTILITIES, "三相电容量不足", "扩建后用电负荷增加一倍。", true, null),
                new LedgerIssue(EnterpriseIssueType.FINANCING, "贴息政策咨询", null, false, "当场讲解了贴息申报条件"));
        scenario(registered())
                .when(ledgerEntry(LIAISON, issues))
                .expectEvents(
                        new EnterpriseVisitLoggedEvent(
                                ID,
                                context(1, LIAISON),
                                "visit-1",
                                QIAN,
                                TODAY,
                                "项目办、供电所",
                                "生产正常，计划扩建二号车间。",
                                List.of(
                                        new LoggedLedgerIssue(
                                                1,
                                                EnterpriseIssueType.UTILITIES,
                                                "三相电容量不足",
                                                "扩建后用电负荷增加一倍。",
                                                false,
                                                null),
                                        new LoggedLedgerIssue(
                                                2,
                                                EnterpriseIssueType.FINANCING,
                                                "贴息政策咨询",
                                                null,
                                                true,
                                                "当场讲解了贴息申报条件"))),
                        new EnterpriseIssueRaisedEvent(
                                ID,
                                context(3, LIAISON, Channel.VISIT),
                                "visit-1",
                                1,
                                EnterpriseIssueType.UTILITIES,
                                "case-1"))
                .expectResultMessagePayload(new EnterpriseOutcome.VisitLogged(
                        ID,
                        "visit-1",
                        List.of(new EnterpriseOutcome.RaisedRequest(1, EnterpriseIssueType.UTILITIES, "case-1"))));
        assertThat(cases.events())
                .containsExactly(new CaseFiledEvent(
                        "case-1",
                        context(2, LIAISON, Channel.VISIT),
                        SpawnedCases.receiptCode(1).value(),
                        CaseKind.ENTERPRISE_REQUEST,
                        CaseCategory.OTHER,
                        "泗店面粉厂：三相电容量不足",
                        "扩建后用电负荷增加一倍。",
                        null,
                        null,
                        new FiledComplainant(false, null, null, null, null),
                        new CaseOrigin(CaseOrigin.Source.ENTERPRISE_VISIT, ID, "visit-1", 1, "UTILITIES")));
    }

    @Test
    void only_the_liaison_cadre_enters_visits_in_the_ledger() {
        expectRecordedRefusal(
                scenario(registered()),
                ledgerEntry(OTHER_CADRE, List.of()),
                EnterpriseRefusalReason.NOT_THE_LIAISON,
                "sun.hong is not the liaison cadre of this enterprise");
        var changed = new ArrayList<Object>(registered());
        changed.add(new EnterpriseLiaisonChangedEvent(ID, given(MANAGER), QIAN, SUN, "调任"));
        scenario(changed).when(ledgerEntry(OTHER_CADRE, List.of())).expectSuccessfulHandlerExecution();
    }

    @Test
    void a_ledger_entry_describes_the_situation_has_happened_lately_and_typed_problems() {
        invalid(
                scenario(registered()),
                new LogEnterpriseVisitCommand(ID, "visit-1", LIAISON, Channel.WORKBENCH, TODAY, null, " ", List.of()),
                "situation");
        invalid(
                scenario(registered()),
                new LogEnterpriseVisitCommand(
                        ID, "visit-1", LIAISON, Channel.WORKBENCH, TODAY.plusDays(1), null, "正常", List.of()),
                "visitedOn");
        invalid(
                scenario(registered()),
                ledgerEntry(LIAISON, List.of(new LedgerIssue(null, "用地", null, true, null))),
                "issues[0].type");
        invalid(
                scenario(registered()),
                ledgerEntry(LIAISON, List.of(new LedgerIssue(EnterpriseIssueType.LAND, "用地", null, false, null))),
                "issues[0].resolution");
        var history = new ArrayList<Object>(registered());
        history.add(new EnterpriseVisitLoggedEvent(ID, given(LIAISON), "visit-1", QIAN, TODAY, null, "正常", List.of()));
        invalid(scenario(history), ledgerEntry(LIAISON, List.of()), "visitId");
    }

    // ---- helpers

    private static void invalid(TestExecutor<Enterprise> given, Object command, String field) {
        given.when(command)
                .expectException(new CustomTypeSafeMatcher<Throwable>("invalid " + field) {
                    @Override
                    protected boolean matchesSafely(Throwable item) {
                        return item instanceof InvalidCommandException invalid && field.equals(invalid.field());
                    }
                })
                .expectNoEvents();
    }

    private static ResultValidator<Enterprise> expectRecordedRefusal(
            TestExecutor<Enterprise> given, EnterpriseCommand command, EnterpriseRefusalReason reason, String detail) {
        return given.when(command)
                .expectSuccessfulHandlerExecution()
                .expectEvents(new EnterpriseCommandRefusedEvent(
                        ID,
                        context(1, command.actor(), command.channel()),
                        command.getClass().getSimpleName(),
                        reason,
                        detail))
                .expectResultMessagePayload(new EnterpriseOutcome.Refused(reason, detail));
    }
}
