package org.onetrip.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.properties.CanBeAnnotated;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.onetrip.shared.api.StoredTypeName;

/**
 * The backend's structure: features ({@code org.onetrip.<feature>}) without cycles between them, each
 * split by role ({@code api}, {@code command}, {@code query}, {@code application}, {@code web}, …); the
 * domain ({@code api}, {@code command}) free of HTTP, Vaadin and Elasticsearch; REST adapters over the
 * application services.
 */
class ArchitectureTest {

    /**
     * Every feature package of the backend. A new one is added here, and with that every rule below
     * applies to it; {@link #every_feature_package_is_known_so_every_rule_covers_it} fails until then.
     */
    static final Set<String> FEATURES = Set.of(
            "agency",
            "appointments",
            "audit",
            "calendar",
            "cases",
            "cluster",
            "disclosure",
            "enterprise",
            "eventstore",
            "grid",
            "integrity",
            "notifications",
            "observability",
            "organisation",
            "privacy",
            "schema",
            "security",
            "shared",
            "storage");

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onetrip");
    }

    @Test
    void every_feature_package_is_known_so_every_rule_covers_it() {
        var found = new TreeSet<String>();
        for (JavaClass type : classes) {
            var name = type.getPackageName();
            if (name.startsWith("org.onetrip.")) {
                found.add(name.substring("org.onetrip.".length()).split("\\.")[0]);
            }
        }
        assertThat(found).containsExactlyInAnyOrderElementsOf(FEATURES);
    }

    @Test
    void no_feature_depends_on_another_that_depends_back() {
        slices().matching("org.onetrip.(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void no_role_package_of_a_feature_depends_on_another_that_depends_back() {
        slices().matching("org.onetrip.(*).(*)..").should().beFreeOfCycles().check(classes);
    }

    @Test
    void the_domain_knows_nothing_of_http_vaadin_or_elasticsearch() {
        noClasses()
                .that()
                .resideInAnyPackage("org.onetrip.*.api..", "org.onetrip.*.command..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..",
                        "com.vaadin..",
                        "co.elastic..",
                        "org.elasticsearch..")
                .check(classes);
    }

    @Test
    void api_packages_depend_on_no_implementation() {
        noClasses()
                .that()
                .resideInAPackage("org.onetrip.*.api..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.onetrip.*.command..",
                        "org.onetrip.*.query..",
                        "org.onetrip.*.application..",
                        "org.onetrip.*.web..",
                        "org.onetrip.*.config..",
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

    /** The case REST controllers and the portal's screens are adapters over the same application services. */
    @Test
    void case_rest_controllers_use_the_application_services_not_the_buses_or_the_aggregate() {
        noClasses()
                .that()
                .resideInAPackage("org.onetrip.cases.web..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.axonframework.commandhandling..",
                        "org.axonframework.queryhandling..",
                        "org.onetrip.cases.command..",
                        "org.onetrip.cases.query..")
                .check(classes);
    }

    /** Application services answer in domain terms: no HTTP types, no problem details. */
    @Test
    void application_services_know_nothing_of_http() {
        noClasses()
                .that()
                .resideInAPackage("org.onetrip.*.application..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework.web..",
                        "org.springframework.http..",
                        "jakarta.servlet..",
                        "org.onetrip.*.web..")
                .check(classes);
    }

    /** A REST adapter is a leaf: nothing but its own feature's adapters uses it. */
    @Test
    void no_other_feature_uses_a_features_rest_adapters() {
        for (var feature : FEATURES) {
            if (feature.equals("shared")) {
                continue;
            }
            noClasses()
                    .that()
                    .resideOutsideOfPackage("org.onetrip." + feature + ".web..")
                    .should()
                    .dependOnClassesThat()
                    .resideInAPackage("org.onetrip." + feature + ".web..")
                    .allowEmptyShould(true)
                    .check(classes);
        }
    }

    /** An event class stored under an old name is registered, or its old events would no longer load. */
    @Test
    void every_event_stored_under_an_old_name_is_registered_with_the_event_store() {
        var moved = classes.that(CanBeAnnotated.Predicates.annotatedWith(StoredTypeName.class));
        assertThat(moved).isNotEmpty();
        for (JavaClass type : moved) {
            assertThat(type.getDirectDependenciesToSelf())
                    .as(type.getName() + " is registered in a StoredTypeNames bean")
                    .anySatisfy(
                            dependency -> assertThat(dependency.getOriginClass().getSimpleName())
                                    .endsWith("Configuration"));
        }
    }
}
