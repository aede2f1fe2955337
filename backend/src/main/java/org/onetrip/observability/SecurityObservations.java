package org.onetrip.observability;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.observation.SecurityObservationSettings;

/**
 * Spring Security observes each filter of every request (an observation per filter, timers per chain, per
 * authentication and authorization) as soon as there is an observation registry. Nothing reads those timers, and
 * turning them off saved about a sixth of the CPU of a filing with its tracking (docs/benchmarks.md, round 7).
 * Requests are still observed as {@code http.server.requests}, with their trace ids.
 */
@Configuration(proxyBeanMethods = false)
public class SecurityObservations {

    @Bean
    SecurityObservationSettings securityObservationSettings() {
        return SecurityObservationSettings.noObservations();
    }
}
