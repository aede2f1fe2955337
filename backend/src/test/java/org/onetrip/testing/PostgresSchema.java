package org.onetrip.testing;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Locale;
import java.util.Optional;
import java.util.Properties;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A fresh schema of its own on the PostgreSQL the tests are given ({@code ONETRIP_TEST_POSTGRES_URL}, user and
 * password, defaulting to the database {@code .ci/postgres-setup.sh} prepares), migrated by Flyway and dropped
 * on close; absent, with the reason, when no server answers.
 */
public final class PostgresSchema implements AutoCloseable {

    public static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/onetrip_test";

    public final String url;
    public final String user;
    public final String password;
    public final String schema;

    private PostgresSchema(String url, String user, String password, String schema) {
        this.url = url;
        this.user = user;
        this.password = password;
        this.schema = schema;
    }

    /** A migrated schema, or why there is none. */
    public static Optional<PostgresSchema> create(StringBuilder whyNot) {
        var url = env("ONETRIP_TEST_POSTGRES_URL", DEFAULT_URL);
        var user = env("ONETRIP_TEST_POSTGRES_USER", "onetrip_test");
        var password = env("ONETRIP_TEST_POSTGRES_PASSWORD", "onetrip_test");
        var schema = "t_"
                + UUID.randomUUID().toString().replace("-", "").substring(0, 16).toLowerCase(Locale.ROOT);
        var props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "3");
        try (var connection = DriverManager.getConnection(url, props)) {
            connection.createStatement().execute("create schema " + schema);
        } catch (SQLException e) {
            whyNot.append("no PostgreSQL at ")
                    .append(url)
                    .append(" as ")
                    .append(user)
                    .append(": ")
                    .append(e.getMessage())
                    .append(". Run .ci/postgres-setup.sh as root, or set ONETRIP_TEST_POSTGRES_URL.");
            return Optional.empty();
        }
        var created = new PostgresSchema(url, user, password, schema);
        Flyway.configure()
                .dataSource(created.dataSource())
                .locations("classpath:db/migration/postgresql")
                .load()
                .migrate();
        return Optional.of(created);
    }

    /** The JDBC URL whose connections work in this schema. */
    public String schemaUrl() {
        return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    }

    public DataSource dataSource() {
        return new DriverManagerDataSource(schemaUrl(), user, password);
    }

    @Override
    public void close() {
        var props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        try (var connection = DriverManager.getConnection(url, props)) {
            connection.createStatement().execute("drop schema " + schema + " cascade");
        } catch (SQLException e) {
            throw new IllegalStateException("could not drop test schema " + schema, e);
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
