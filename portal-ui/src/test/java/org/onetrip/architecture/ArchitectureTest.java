package org.onetrip.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.textfield.PasswordField;
import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The portal's place: its screens and services are adapters over the backend's application services and
 * query side, never over its REST layer or its command side, and the backend and the read side know
 * nothing of it. The backend's and the read side's own rules live in their modules' ArchitectureTest.
 */
class ArchitectureTest {

    /** The portal module's own packages (org.onetrip.security.ui sits beside the backend's security). */
    static final String[] PORTAL = {
        "org.onetrip",
        "org.onetrip.casework..",
        "org.onetrip.demo..",
        "org.onetrip.editorial..",
        "org.onetrip.home..",
        "org.onetrip.i18n..",
        "org.onetrip.layout..",
        "org.onetrip.liaison..",
        "org.onetrip.mechanisms..",
        "org.onetrip.oversight..",
        "org.onetrip.publicportal..",
        "org.onetrip.security.ui..",
        "org.onetrip.workbench.."
    };

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                // what the build's process-aot generates (bean definitions, proxies) wires everything to everything
                .withImportOption(location -> !location.contains("__") && !location.contains("$$SpringCGLIB$$"))
                .importPackages("org.onetrip");
    }

    @Test
    void the_portal_talks_to_application_services_not_to_rest_controllers_or_the_command_side() {
        noClasses()
                .that()
                .resideInAnyPackage(PORTAL)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.onetrip.*.web..", "org.onetrip.*.command..", "org.onetrip.projections..web..")
                .check(classes);
    }

    @Test
    void a_refusal_reaches_the_screens_as_a_domain_outcome_not_as_an_http_problem() {
        noClasses()
                .that()
                .resideInAnyPackage(PORTAL)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.http..", "org.springframework.web.bind..")
                .check(classes);
    }

    @Test
    void views_talk_to_services_and_gateways_not_to_aggregates_or_repositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.onetrip..command..", "org.springframework.data..", "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void every_calendar_is_one_that_speaks_the_readers_language() {
        noClasses()
                .that()
                .doNotHaveSimpleName("LocalDatePicker")
                .and()
                .doNotHaveSimpleName("LocalDateTimePicker")
                .should()
                .callConstructorWhere(DescribedPredicate.describe(
                        "a constructor of Vaadin's DatePicker or DateTimePicker",
                        call -> call.getTargetOwner().isEquivalentTo(DatePicker.class)
                                || call.getTargetOwner().isEquivalentTo(DateTimePicker.class)))
                .because("Vaadin's name months and weekdays in English; LocalDatePicker and LocalDateTimePicker do not")
                .check(classes);
    }

    @Test
    void every_password_field_announces_its_eye_button_in_the_readers_language() {
        noClasses()
                .that()
                .doNotHaveSimpleName("LocalPasswordField")
                .should()
                .callConstructorWhere(DescribedPredicate.describe(
                        "a constructor of Vaadin's PasswordField",
                        call -> call.getTargetOwner().isEquivalentTo(PasswordField.class)))
                .because("Vaadin's eye button says \"Show password\" in English; LocalPasswordField's does not")
                .check(classes);
    }

    @Test
    void the_backend_and_the_read_side_do_not_reach_into_the_portal() {
        noClasses()
                .that()
                .resideOutsideOfPackages(PORTAL)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.onetrip.casework..",
                        "org.onetrip.demo..",
                        "org.onetrip.editorial..",
                        "org.onetrip.home..",
                        "org.onetrip.i18n..",
                        "org.onetrip.layout..",
                        "org.onetrip.liaison..",
                        "org.onetrip.mechanisms..",
                        "org.onetrip.oversight..",
                        "org.onetrip.publicportal..",
                        "org.onetrip.security.ui..",
                        "org.onetrip.workbench..")
                .check(classes);
        noClasses()
                .that()
                .resideOutsideOfPackages("org.onetrip.projections..", "org.elasticsearch..")
                .and()
                .resideOutsideOfPackages(PORTAL)
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.onetrip.projections..")
                .check(classes);
    }

    /**
     * Several instances run the same schedules: a job must take the cluster-wide lock, or it runs once per instance
     * (two checkpoints, two erasure runs). Work every instance must do for itself is scheduled in code, not here.
     */
    @Test
    void every_scheduled_job_runs_on_one_instance_of_the_cluster() {
        methods()
                .that()
                .areAnnotatedWith(Scheduled.class)
                .should()
                .beAnnotatedWith(SchedulerLock.class)
                .check(classes);
    }
}
