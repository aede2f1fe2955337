package org.onetrip.cases.command;

import org.axonframework.config.ConfigurerModule;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.ComplainantContactErasedEvent;
import org.onetrip.cases.api.ComplainantContactViewedEvent;
import org.onetrip.cases.query.CaseRegistryProjection;
import org.onetrip.cases.query.ContactRetentionProjection;
import org.onetrip.shared.config.StoredTypeNames;
import org.onetrip.shared.config.SubscribingProcessors;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(CaseDeadlineProperties.class)
public class CaseConfiguration {

    @Bean
    DeadlinePolicy deadlinePolicy(CaseDeadlineProperties limits, WorkingDays workingDays) {
        return new CalendarDeadlinePolicy(limits, workingDays);
    }

    /** The receipt-code registry must commit with the events it is built from, so it subscribes. */
    @Bean
    ConfigurerModule caseRegistryProcessor() {
        return SubscribingProcessors.of(CaseRegistryProjection.PROCESSING_GROUP);
    }

    /** The retention list must commit with the events it is built from, so it subscribes. */
    @Bean
    ConfigurerModule contactRetentionProcessor() {
        return SubscribingProcessors.of(ContactRetentionProjection.PROCESSING_GROUP);
    }

    /** The contact events were first stored from the privacy feature's package; they keep that name. */
    @Bean
    StoredTypeNames movedCaseEvents() {
        return StoredTypeNames.of(ComplainantContactViewedEvent.class, ComplainantContactErasedEvent.class);
    }
}
