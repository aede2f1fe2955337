package org.onetrip.storage;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.boot.autoconfigure.jdbc.DataSourceAutoConfiguration;
import org.springframework.boot.jdbc.DataSourceUnwrapper;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

class StorageConfigurationTest {

    @Test
    void the_applications_data_source_groups_commits_and_still_unwraps_to_its_pool() {
        new ApplicationContextRunner()
                .withConfiguration(AutoConfigurations.of(DataSourceAutoConfiguration.class, StorageConfiguration.class))
                .withPropertyValues("spring.datasource.url=jdbc:h2:mem:storage-configuration;DB_CLOSE_DELAY=-1")
                .run(context -> {
                    var dataSource = context.getBean(DataSource.class);
                    assertThat(dataSource).isInstanceOf(GroupCommitDataSource.class);
                    assertThat(DataSourceUnwrapper.unwrap(dataSource, HikariDataSource.class))
                            .as("the pool, for its metrics and health")
                            .isNotNull();
                });
    }
}
