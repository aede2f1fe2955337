package org.onetrip.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class ArchitectureTest {

    private static final String[] DOMAIN = {
        "org.onetrip.cases..",
        "org.onetrip.calendar..",
        "org.onetrip.organisation..",
        "org.onetrip.privacy..",
        "org.onetrip.shared..",
        "org.onetrip.appointments..",
        "org.onetrip.agency..",
        "org.onetrip.notifications.."
    };

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onetrip");
    }

    @Test
    void the_domain_knows_nothing_of_vaadin_or_elasticsearch() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("com.vaadin..", "co.elastic..", "org.elasticsearch..")
                .check(classes);
    }

    @Test
    void api_packages_depend_on_no_implementation() {
        noClasses()
                .that()
                .resideInAPackage("..api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.onetrip..command..",
                        "org.onetrip..query..",
                        "org.onetrip..web..",
                        "org.onetrip..ui..",
                        "org.springframework..",
                        "jakarta.persistence..")
                .check(classes);
    }

    @Test
    void commands_are_imperative_records_and_events_past_tense_records() {
        classes()
                .that()
                .resideInAPackage("..api..")
                .and()
                .haveSimpleNameEndingWith("Command")
                .and()
                .areNotInterfaces()
                .should()
                .beRecords()
                .check(classes);
        classes()
                .that()
                .resideInAPackage("..api..")
                .and()
                .haveSimpleNameEndingWith("Event")
                .and()
                .areNotInterfaces()
                .should()
                .beRecords()
                .check(classes);
        classes()
                .that()
                .resideInAPackage("..api..")
                .and()
                .haveSimpleNameEndingWith("Query")
                .should()
                .beRecords()
                .andShould()
                .haveSimpleNameStartingWith("Find")
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
    void the_backend_does_not_reach_into_the_read_side_or_the_portal() {
        noClasses()
                .that()
                .resideInAnyPackage(DOMAIN)
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.onetrip.projections..", "org.onetrip.home..", "org.onetrip.demo..", "org.onetrip.i18n..")
                .check(classes);
    }
}
