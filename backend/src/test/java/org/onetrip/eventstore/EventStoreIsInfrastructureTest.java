package org.onetrip.eventstore;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "org.onetrip", importOptions = ImportOption.DoNotIncludeTests.class)
class EventStoreIsInfrastructureTest {

    @ArchTest
    static final ArchRule theDomainKnowsNothingOfTheEventStoreOrKurrentDb = noClasses()
            .that()
            .resideInAnyPackage("org.onetrip.cases..", "org.onetrip.calendar..", "org.onetrip.organisation..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage("org.onetrip.eventstore..", "io.kurrent..");
}
