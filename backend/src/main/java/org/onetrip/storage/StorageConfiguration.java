package org.onetrip.storage;

import javax.sql.DataSource;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * Every data source of a Spring Boot context with the backend on its class path groups its commits on H2
 * ({@link GroupCommitDataSource}); an auto-configuration so that tests, tools and the application store alike.
 */
@AutoConfiguration
public class StorageConfiguration {

    @Bean
    static BeanPostProcessor groupCommitsOnH2() {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                return bean instanceof DataSource dataSource && !(bean instanceof GroupCommitDataSource)
                        ? new GroupCommitDataSource(dataSource)
                        : bean;
            }
        };
    }
}
