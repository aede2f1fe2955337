package org.onetrip.eventstore.contract;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Optional;
import java.util.Properties;

/**
 * Where the PostgreSQL contract run finds its server: {@code ONETRIP_TEST_POSTGRES_URL} (with
 * {@code ONETRIP_TEST_POSTGRES_USER}/{@code _PASSWORD}, default {@code onetrip_test}), else the database
 * that {@code .ci/postgres-setup.sh} creates on 127.0.0.1:5432. Probed once with a short timeout.
 */
final class TestPostgres {

    static final String DEFAULT_URL = "jdbc:postgresql://127.0.0.1:5432/onetrip_test";

    final String url = env("ONETRIP_TEST_POSTGRES_URL", DEFAULT_URL);
    final String user = env("ONETRIP_TEST_POSTGRES_USER", "onetrip_test");
    final String password = env("ONETRIP_TEST_POSTGRES_PASSWORD", "onetrip_test");
    private final Optional<String> unavailable = probe();

    private static TestPostgres instance;

    static synchronized TestPostgres get() {
        if (instance == null) {
            instance = new TestPostgres();
        }
        return instance;
    }

    boolean available() {
        return unavailable.isEmpty();
    }

    String whyUnavailable() {
        return unavailable.orElse("");
    }

    private Optional<String> probe() {
        Properties props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "3");
        props.setProperty("loginTimeout", "3");
        try (Connection ignored = DriverManager.getConnection(url, props)) {
            return Optional.empty();
        } catch (SQLException e) {
            boolean explicit = System.getenv("ONETRIP_TEST_POSTGRES_URL") != null;
            return Optional.of("PostgreSQL contract run skipped: no PostgreSQL at " + url + " as " + user
                    + (explicit ? " (from ONETRIP_TEST_POSTGRES_URL)" : " (ONETRIP_TEST_POSTGRES_URL is not set)")
                    + ": " + e.getMessage().replaceAll("\\.+$", "")
                    + ". Run .ci/postgres-setup.sh as root to provide one.");
        }
    }

    private static String env(String name, String fallback) {
        String value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
