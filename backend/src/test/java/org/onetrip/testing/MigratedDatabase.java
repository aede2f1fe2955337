package org.onetrip.testing;

import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.springframework.jdbc.core.JdbcTemplate;

/** A private in-memory H2 database with the application's schema, as Flyway migrates it. */
public final class MigratedDatabase {

    private MigratedDatabase() {}

    public static DataSource h2() {
        var dataSource = new JdbcDataSource();
        dataSource.setURL("jdbc:h2:mem:migrated-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        dataSource.setUser("sa");
        Flyway.configure()
                .dataSource(dataSource)
                .locations("classpath:db/migration/h2")
                .load()
                .migrate();
        return dataSource;
    }

    public static JdbcTemplate h2Template() {
        return new JdbcTemplate(h2());
    }
}
