package org.onetrip.schema;

import java.sql.SQLException;
import java.util.Arrays;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.Location;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.autoconfigure.flyway.FlywayConfigurationCustomizer;
import org.springframework.boot.jdbc.DatabaseDriver;
import org.springframework.context.annotation.Bean;

/**
 * The schema is Flyway's: {@code db/migration/h2} and {@code db/migration/postgresql} hold the same versions for each
 * database. Unless a location is configured, Flyway reads the folder of the database it migrates (its default,
 * {@code db/migration}, would find every version twice). Version 1 is the schema of the release before Flyway: a
 * database of that release (tables, no history) is baselined at 1 and gets the later versions only. An
 * auto-configuration, so that every Spring Boot context with the backend on its class path migrates the same way.
 */
@AutoConfiguration
@ConditionalOnClass(Flyway.class)
public class SchemaConfiguration {

    static final String DEFAULT_LOCATION = "classpath:db/migration";

    @Bean
    FlywayConfigurationCustomizer migrationsOfThisDatabase() {
        return configuration -> {
            var locations = configuration.getLocations();
            boolean onlyTheDefault = locations.length == 1
                    && Arrays.stream(locations).map(Location::getDescriptor).allMatch(DEFAULT_LOCATION::equals);
            if (onlyTheDefault) {
                configuration.locations(DEFAULT_LOCATION + "/" + vendor(configuration.getDataSource()));
            }
            configuration.baselineOnMigrate(true).baselineVersion("1");
        };
    }

    private static String vendor(javax.sql.DataSource dataSource) {
        try (var connection = dataSource.getConnection()) {
            return DatabaseDriver.fromJdbcUrl(connection.getMetaData().getURL()).getId();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot tell which database Flyway is to migrate", e);
        }
    }
}
