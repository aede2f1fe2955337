package org.onetrip.projections;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The read side builds only from events: it knows the backend's messages ({@code api}) and nothing of its
 * aggregates, queries, application services or REST layer; only its own REST adapters use the backend's
 * shared web pieces (who is asking, problem details).
 */
class ArchitectureTest {

    static JavaClasses classes;

    @BeforeAll
    static void importClasses() {
        classes = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
                .importPackages("org.onetrip");
    }

    @Test
    void projections_depend_on_the_backends_messages_only() {
        noClasses()
                .that()
                .resideInAPackage("org.onetrip.projections..")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.onetrip.*.command..",
                        "org.onetrip.*.query..",
                        "org.onetrip.*.application..",
                        "org.onetrip.*.config..",
                        "org.onetrip.*.receipt..",
                        "org.onetrip.*.chain..",
                        "org.onetrip.eventstore..",
                        "org.onetrip.security..")
                .check(classes);
        noClasses()
                .that()
                .resideInAPackage("org.onetrip.projections..")
                .and()
                .resideOutsideOfPackage("org.onetrip.projections..web..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("org.onetrip.*.web..")
                .check(classes);
    }

    @Test
    void no_projection_package_depends_on_another_that_depends_back() {
        slices().matching("org.onetrip.projections.(*)..")
                .should()
                .beFreeOfCycles()
                .check(classes);
    }
}
