package org.onetrip.disclosure.query;

import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.eventsourcing.eventstore.EventStore;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.disclosure.command.PublicationBatches;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.config.SubscribingProcessors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(AssessmentProperties.class)
public class DisclosureConfiguration {

    @Bean
    BulletinCalculator bulletinCalculator(
            EventStorageEngine storage,
            WorkingDays workingDays,
            DepartmentDirectory departments,
            java.util.List<BulletinContribution> contributions) {
        return new BulletinCalculator(storage, workingDays, departments, contributions);
    }

    @Bean
    DisclosureQueries disclosureQueries(
            EventStore eventStore,
            DisclosureRegistryRepository registry,
            DepartmentDirectory departments,
            BulletinCalculator calculator,
            AssessmentProperties assessment,
            Clock clock) {
        return new DisclosureQueries(eventStore, registry, departments, calculator, assessment, clock);
    }

    @Bean
    PublicationBatches publicationBatches(DisclosureRegistryRepository registry) {
        return name -> registry.existsByUniqueKey(DisclosureRegistryRepository.batchKey(name));
    }

    /** The registry must commit with the events it is built from, so it subscribes. */
    @Bean
    ConfigurerModule disclosureRegistryProcessor() {
        return SubscribingProcessors.of(DisclosureRegistryProjection.PROCESSING_GROUP);
    }
}
