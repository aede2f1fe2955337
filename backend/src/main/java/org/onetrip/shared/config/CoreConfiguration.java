package org.onetrip.shared.config;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Clock;
import org.axonframework.config.ConfigurerModule;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.command.CalendarDeadlinePolicy;
import org.onetrip.cases.command.CaseDeadlineProperties;
import org.onetrip.cases.command.DeadlinePolicy;
import org.onetrip.cases.query.CaseRegistryProjection;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.command.EventContexts;
import org.onetrip.shared.command.EventIds;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseDeadlineProperties.class)
public class CoreConfiguration {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    @ConditionalOnMissingBean
    EventIds eventIds() {
        return EventIds.random();
    }

    @Bean
    EventContexts eventContexts(Clock clock, EventIds eventIds) {
        return new EventContexts(clock, eventIds);
    }

    @Bean
    DepartmentDirectory departmentDirectory(ObjectMapper objectMapper) {
        return DepartmentDirectory.fromClasspath(objectMapper);
    }

    @Bean
    DeadlinePolicy deadlinePolicy(CaseDeadlineProperties limits, WorkingDays workingDays) {
        return new CalendarDeadlinePolicy(limits, workingDays);
    }

    /** The receipt-code registry must commit with the events it is built from, so it subscribes. */
    @Bean
    ConfigurerModule caseRegistryProcessor() {
        return configurer ->
                configurer.eventProcessing().registerSubscribingEventProcessor(CaseRegistryProjection.PROCESSING_GROUP);
    }
}
