package org.onetrip.shared.config;

import java.time.Clock;
import org.axonframework.springboot.util.jpa.ContainerManagedEntityManagerProvider;
import org.onetrip.shared.command.EventContexts;
import org.onetrip.shared.command.EventIds;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/** What every feature stamps its events with; each feature wires its own beans in its own package. */
@Configuration(proxyBeanMethods = false)
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

    /**
     * Axon's auto-configuration declares this bean as the interface, which hides its {@code @PersistenceContext}
     * setter from a context prepared ahead of time (Spring AOT, portal-ui): the engines then had no entity manager.
     */
    @Bean
    ContainerManagedEntityManagerProvider entityManagerProvider() {
        return new ContainerManagedEntityManagerProvider();
    }

    /** Spring Boot adds it to the application's JSON mapper, which Axon's serializers use too. */
    @Bean
    InstantsAsWritten instantsAsWritten() {
        return new InstantsAsWritten();
    }

    @Bean
    EventContexts eventContexts(Clock clock, EventIds eventIds) {
        return new EventContexts(clock, eventIds);
    }
}
