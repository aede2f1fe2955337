package org.onetrip.cluster;

import java.time.Clock;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.axonframework.common.jpa.EntityManagerProvider;
import org.axonframework.eventhandling.tokenstore.TokenStore;
import org.axonframework.eventhandling.tokenstore.jpa.JpaTokenStore;
import org.axonframework.serialization.Serializer;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.EnableScheduling;

/**
 * What several instances on one database must agree on, kept in that database: who is alive, which processor
 * segment each one works on, which one runs a scheduled job (ShedLock, table {@code shedlock}, on the database's
 * clock so that clocks of different hosts cannot disagree), and which one-time set-up steps are done.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(ClusterProperties.class)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
public class ClusterConfiguration {

    @Bean
    InstanceRegistry instanceRegistry(
            JdbcTemplate jdbc, ClusterProperties properties, TaskScheduler scheduler, Clock clock, Environment env) {
        var version = ClusterConfiguration.class.getPackage().getImplementationVersion();
        return new InstanceRegistry(
                jdbc, properties, scheduler, clock, version != null ? version : env.getProperty("onetrip.version", ""));
    }

    @Bean
    SetupSteps setupSteps(JdbcTemplate jdbc, Clock clock, ClusterProperties properties) {
        return new SetupSteps(jdbc, clock, properties.getInstanceId());
    }

    @Bean
    LockProvider lockProvider(DataSource dataSource) {
        return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
                .withJdbcTemplate(new JdbcTemplate(dataSource))
                .usingDbTime()
                .build());
    }

    /** For work that must run on one instance at a time but is not a scheduled method (calendar seeding). */
    @Bean
    LockingTaskExecutor lockingTaskExecutor(LockProvider lockProvider) {
        return new DefaultLockingTaskExecutor(lockProvider);
    }

    /**
     * Axon's JPA token store, as its auto-configuration builds it, but claiming segments under this instance's
     * name and with the configured claim timeout: a segment whose owner stopped renewing its claim for that long
     * is taken over by another instance.
     */
    @Bean
    TokenStore tokenStore(
            EntityManagerProvider entityManagerProvider,
            @Qualifier("serializer") Serializer serializer,
            ClusterProperties properties) {
        return JpaTokenStore.builder()
                .entityManagerProvider(entityManagerProvider)
                .serializer(serializer)
                .claimTimeout(properties.getClaimTimeout())
                .nodeId(properties.getInstanceId())
                .build();
    }
}
