package org.onetrip.storage;

import io.micrometer.core.instrument.Metrics;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every data source of a Spring Boot context with the backend on its class path groups its commits on H2
 * ({@link GroupCommitDataSource}); an auto-configuration so that tests, tools and the application store alike. Its
 * meters go to Micrometer's global registry, which Spring Boot's registry joins: a post-processor of the data source
 * runs before the application's registry exists.
 */
@AutoConfiguration
public class StorageConfiguration {

    @Bean
    static BeanPostProcessor groupCommitsOnH2() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !groupsAlready(dataSource)
                        ? new GroupCommitDataSource(dataSource, Metrics.globalRegistry, beanName)
                        : bean;
            }
        };
    }

    private static boolean groupsAlready(DataSource dataSource) {
        try {
            return dataSource.isWrapperFor(GroupCommitDataSource.class);
        } catch (SQLException e) {
            return false;
        }
    }
}
