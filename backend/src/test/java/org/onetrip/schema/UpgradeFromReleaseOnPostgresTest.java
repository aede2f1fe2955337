package org.onetrip.schema;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Properties;
import java.util.UUID;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.BackendTestApp;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.query.CaseRegistryRepository;
import org.onetrip.integrity.query.IntegrityVerifier;
import org.onetrip.security.StaffAccounts;
import org.springframework.core.io.ClassPathResource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;
import org.springframework.jdbc.datasource.init.ScriptUtils;

/**
 * A PostgreSQL database as the release before Flyway left it (its schema, which Hibernate's ddl-auto made, and the
 * rows it wrote) is taken over by this release: Flyway recognises it, baselines it at version 1 and applies the later
 * versions, Hibernate validates the entities against the result, and the old cases, accounts and event chains are
 * all there. Skipped, with the reason, without a PostgreSQL (see .ci/postgres-setup.sh).
 */
class UpgradeFromReleaseOnPostgresTest {

    @TempDir
    Path dataDir;

    @Test
    void a_database_of_the_previous_release_is_baselined_migrated_and_validated_with_every_row_intact()
            throws Exception {
        var url = env("ONETRIP_TEST_POSTGRES_URL", "jdbc:postgresql://127.0.0.1:5432/onetrip_test");
        var user = env("ONETRIP_TEST_POSTGRES_USER", "onetrip_test");
        var password = env("ONETRIP_TEST_POSTGRES_PASSWORD", "onetrip_test");
        var schema = "upgrade_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        var props = new Properties();
        props.setProperty("user", user);
        props.setProperty("password", password);
        props.setProperty("connectTimeout", "3");
        try (var connection = DriverManager.getConnection(url, props)) {
            connection.createStatement().execute("create schema " + schema);
        } catch (java.sql.SQLException e) {
            System.out.println("[SKIPPED] no PostgreSQL at " + url + ": " + e.getMessage());
            Assumptions.abort("no PostgreSQL at " + url + ": " + e.getMessage());
        }
        var schemaUrl = url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
        try {
            try (var connection = DriverManager.getConnection(schemaUrl, props)) {
                ScriptUtils.executeSqlScript(
                        connection, new ClassPathResource("db/migration/postgresql/V1__schema_of_release_0_1.sql"));
                ScriptUtils.executeSqlScript(
                        connection, new ClassPathResource("upgrade/release-0.1/postgresql-data.sql"));
            }
            try (var context = BackendTestApp.start(
                    dataDir,
                    "spring.datasource.url=" + schemaUrl,
                    "spring.datasource.username=" + user,
                    "spring.datasource.password=" + password)) {
                var jdbc = context.getBean(JdbcTemplate.class);
                assertThat(jdbc.queryForList(
                                "select version || ':' || type from flyway_schema_history order by installed_rank",
                                String.class))
                        .startsWith("1:BASELINE", "2:SQL", "3:SQL");
                var registry = context.getBean(CaseRegistryRepository.class);
                assertThat(registry.count()).isEqualTo(6);
                assertThat(registry.findAll())
                        .extracting(entry -> entry.status())
                        .contains(CaseStatus.CLOSED, CaseStatus.MERGED, CaseStatus.IN_PROGRESS);
                assertThat(registry.findByReceiptCode(new ReceiptCode("4AY1WJH7RK4EZM0Z2")))
                        .as("an old case's code finds it through the digest the migration wrote")
                        .map(entry -> entry.caseId())
                        .contains("e0e5f0fa-e660-4469-a37c-37ac0a6904c7");
                assertThat(jdbc.queryForList(
                                "select column_name from information_schema.columns where table_name ="
                                        + " 'case_registry' and table_schema = current_schema()",
                                String.class))
                        .contains("receipt_code_digest")
                        .doesNotContain("receipt_code");
                assertThat(context.getBean(StaffAccounts.class).all()).hasSizeGreaterThan(20);
                assertThat(jdbc.queryForList("select step from application_setup order by step", String.class))
                        .as("the demo data and accounts the old release wrote count as written")
                        .containsExactly("demo-accounts", "demo-data");
                assertThat(context.getBean(IntegrityVerifier.class).verifyAll().intact())
                        .isTrue();
            }
        } finally {
            try (var cleanup = new SingleConnectionDataSource(url, user, password, true)) {
                new JdbcTemplate(cleanup).execute("drop schema " + schema + " cascade");
            }
        }
    }

    private static String env(String name, String fallback) {
        var value = System.getenv(name);
        return value == null || value.isBlank() ? fallback : value;
    }
}
