package org.onetrip.oversight;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.OneTripApplication;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.i18n.BundleI18NProvider;
import org.onetrip.oversight.admin.ui.AdminService;
import org.onetrip.oversight.admin.ui.NewAccount;
import org.onetrip.oversight.audit.ui.AuditService;
import org.onetrip.oversight.discipline.ui.DisciplineService;
import org.onetrip.projections.buckpassing.BuckPassingFlag;
import org.onetrip.projections.buckpassing.BuckPassingRule;
import org.onetrip.projections.cases.PublicResultId;
import org.onetrip.projections.discipline.BuckPassingReport;
import org.onetrip.security.StaffAccounts;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.onetrip.testing.FiledReceiptCodes;
import org.onetrip.testing.ProjectionsCaughtUp;
import org.onetrip.testing.SharedSearchNode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.crypto.password.PasswordEncoder;

/** The oversight services in the real application, on the demo's cases and accounts. */
class OversightServicesTest {

    private static final Actor LI_QING = new Actor("li.qing", Role.DISCIPLINE, "jiwei");
    private static final Actor ADMIN = new Actor("admin", Role.ADMIN, "dangzhengban");
    private static final Actor AUDITOR = new Actor("auditor", Role.AUDITOR, null);

    @TempDir
    static Path dataDir;

    static ConfigurableApplicationContext app;

    @BeforeAll
    static void start() {
        System.setProperty("axoniq.update-checker.disabled", "true");
        var arguments = new ArrayList<>(List.of(
                "--onetrip.data-dir=" + dataDir,
                "--server.port=0",
                "--onetrip.demo-data=true",
                "--onetrip.demo-accounts=true",
                "--spring.main.banner-mode=off"));
        SharedSearchNode.properties(dataDir).forEach(property -> arguments.add("--" + property));
        app = new SpringApplicationBuilder(OneTripApplication.class).run(arguments.toArray(String[]::new));
        ProjectionsCaughtUp.await(app, Duration.ofSeconds(90));
    }

    @AfterAll
    static void stop() {
        if (app != null) {
            app.close();
        }
    }

    private static BuckPassingReport reportOnceProjected() {
        return app.getBean(DisciplineService.class).report();
    }

    @Test
    void the_discipline_office_sees_the_demo_ping_pong_case_ranked_first_with_its_reason() throws Exception {
        var report = reportOnceProjected();

        var first = report.cases().get(0);
        assertThat(first.title()).startsWith("申请低保跑了三趟");
        assertThat(first.flags()).extracting(BuckPassingFlag::rule).contains(BuckPassingRule.PING_PONG);
        var pingPong = first.flags().stream()
                .filter(f -> f.rule() == BuckPassingRule.PING_PONG)
                .findFirst()
                .orElseThrow();
        assertThat(pingPong.departments()).contains("minzheng", "v-sidian");
        assertThat(pingPong.eventIds()).isNotEmpty();
        assertThat(report.cases()).allSatisfy(c -> assertThat(c.score()).isLessThanOrEqualTo(first.score()));
        assertThat(app.getBean(DisciplineService.class).departmentSummaries()).anySatisfy(s -> {
            assertThat(s.departmentCode()).isEqualTo("minzheng");
            assertThat(s.returns()).isPositive();
        });
    }

    @Test
    void the_discipline_office_opens_supervision_once_and_a_second_opening_is_refused_with_its_reason()
            throws Exception {
        var discipline = app.getBean(DisciplineService.class);
        var caseId = reportOnceProjected().cases().get(0).caseId();

        discipline.openSupervision(caseId, "<script>alert(1)</script> 来回推诿，督办", LI_QING);

        assertThatThrownBy(() -> discipline.openSupervision(caseId, "again", LI_QING))
                .isInstanceOfSatisfying(
                        OversightRefusal.class,
                        refusal -> assertThat(refusal.key())
                                .isEqualTo("oversight.refusal." + RefusalReason.SUPERVISION_ALREADY_OPEN.name()));
        var timeline = discipline.timeline(caseId, LI_QING).orElseThrow();
        assertThat(timeline.events()).anySatisfy(e -> {
            assertThat(e.type()).isEqualTo("SupervisionOpenedEvent");
            assertThat(e.payload()
                            .path("context")
                            .path("actor")
                            .path("personId")
                            .asText())
                    .isEqualTo("li.qing");
        });
    }

    @Test
    void the_auditor_sees_the_village_holding_the_case_just_before_the_transfer_and_civil_affairs_after()
            throws Exception {
        var caseId = reportOnceProjected().cases().get(0).caseId();
        var audit = app.getBean(AuditService.class);

        var timeline = audit.find(caseId, AUDITOR).orElseThrow();
        var transfer = timeline.events().stream()
                .filter(e -> e.type().equals("CaseTransferredEvent"))
                .findFirst()
                .orElseThrow();

        var before = audit.stateAsOf(caseId, transfer.occurredAt().minusNanos(1_000))
                .orElseThrow()
                .state();
        assertThat(before.departmentCode()).isEqualTo("v-sidian");
        assertThat(before.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(before.transfers()).isZero();
        assertThat(before.returns()).isEqualTo(1);

        var after = audit.stateAsOf(caseId, transfer.occurredAt()).orElseThrow().state();
        assertThat(after.departmentCode()).isEqualTo("minzheng");
        assertThat(after.transfers()).isEqualTo(1);

        assertThat(timeline.receiptCode())
                .as("staff never hold the filer's key")
                .matches("[0-9A-Z]{4}•••");
        var receiptCode =
                FiledReceiptCodes.of(app.getBean(EventStore.class), caseId).value();
        assertThat(audit.find(receiptCode, AUDITOR).orElseThrow().caseId()).isEqualTo(caseId);
        assertThat(audit.find("0000-0000-0000-0000-0", AUDITOR)).isEmpty();
    }

    @Test
    void the_auditor_finds_a_case_by_the_case_number_the_desk_lists_it_under_in_any_spelling() {
        var caseId = reportOnceProjected().cases().get(0).caseId();
        var audit = app.getBean(AuditService.class);
        var number = PublicResultId.of(caseId);

        assertThat(audit.find(number, AUDITOR).orElseThrow().caseId()).isEqualTo(caseId);
        assertThat(audit.find(" " + number.toLowerCase(java.util.Locale.ROOT).replace("-", "") + " ", AUDITOR)
                        .orElseThrow()
                        .caseId())
                .isEqualTo(caseId);
        assertThat(audit.find("R-000000000000", AUDITOR)).isEmpty();
    }

    @Test
    void an_account_the_administrator_creates_can_sign_in_until_it_is_disabled() {
        var admin = app.getBean(AdminService.class);
        var login = new DaoAuthenticationProvider(app.getBean(StaffAccounts.class));
        login.setPasswordEncoder(app.getBean(PasswordEncoder.class));

        admin.createAccount(new NewAccount("zhao.audit", "赵审计", Role.AUDITOR, null, "a-good-password"));

        assertThat(admin.accounts()).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo("zhao.audit");
            assertThat(a.enabled()).isTrue();
        });
        var signedIn = login.authenticate(new UsernamePasswordAuthenticationToken("zhao.audit", "a-good-password"));
        assertThat(signedIn.isAuthenticated()).isTrue();
        assertThat(signedIn.getAuthorities()).extracting(Object::toString).containsExactly("ROLE_AUDITOR");
        assertThatThrownBy(() -> login.authenticate(new UsernamePasswordAuthenticationToken("zhao.audit", "wrong-one")))
                .isInstanceOf(BadCredentialsException.class);

        admin.disableAccount("zhao.audit", ADMIN);
        assertThatThrownBy(() ->
                        login.authenticate(new UsernamePasswordAuthenticationToken("zhao.audit", "a-good-password")))
                .isInstanceOf(DisabledException.class);
    }

    @Test
    void the_administrator_cannot_create_a_duplicate_account_nor_disable_their_own() {
        var admin = app.getBean(AdminService.class);

        assertThatThrownBy(
                        () -> admin.createAccount(new NewAccount("admin", "又一个", Role.ADMIN, null, "a-good-password")))
                .isInstanceOfSatisfying(
                        OversightRefusal.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("oversight.admin.accounts.username-taken"));
        assertThatThrownBy(() ->
                        admin.createAccount(new NewAccount("Not Taken", "某人", Role.ADMIN, null, "a-good-password")))
                .as("a malformed username is not called taken")
                .isInstanceOfSatisfying(
                        OversightRefusal.class,
                        refusal -> assertThat(refusal.key()).isEqualTo("oversight.refusal.invalid"));
        assertThatThrownBy(() -> admin.disableAccount("admin", ADMIN)).isInstanceOf(OversightRefusal.class);
        assertThat(admin.accounts()).anySatisfy(a -> {
            assertThat(a.username()).isEqualTo("admin");
            assertThat(a.enabled()).isTrue();
        });
    }

    @Test
    void the_administrator_sees_the_seeded_calendar_the_deadline_rules_and_the_projections() {
        var admin = app.getBean(AdminService.class);

        assertThat(admin.publishedYears()).isNotEmpty();
        var year = admin.calendarYear(admin.publishedYears().get(0)).orElseThrow();
        assertThat(year.holidays()).isNotEmpty();
        assertThat(year.source()).isNotBlank();
        assertThat(admin.deadlineRules().workingDaysByKind()).containsEntry(org.onetrip.cases.api.CaseKind.ENQUIRY, 3);
        assertThat(admin.projections()).isNotEmpty();
    }

    @Test
    void every_projection_the_administrator_can_rebuild_has_a_name_in_every_language_of_the_portal() {
        var texts = new BundleI18NProvider();
        var projections = app.getBean(AdminService.class).projections();

        assertThat(projections).contains("case-search", "liaison");
        for (var locale : texts.getProvidedLocales()) {
            var language = locale.getLanguage();
            assertThat(projections)
                    .as("projections without a name in " + language)
                    .allSatisfy(projection -> assertThat(texts.texts(language))
                            .containsKey("oversight.admin.projections.name." + projection));
        }
    }
}
