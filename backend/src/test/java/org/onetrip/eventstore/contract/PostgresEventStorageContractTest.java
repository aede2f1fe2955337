package org.onetrip.eventstore.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * The contract on PostgreSQL: Axon's JPA engine on a real server (see {@link TestPostgres}), with the
 * application's dialect choice. Skipped, with the reason printed, when no server answers.
 */
@SpringBootTest(
        classes = JpaEventStoreTestContext.class,
        webEnvironment = SpringBootTest.WebEnvironment.NONE,
        properties = {"spring.jpa.hibernate.ddl-auto=create-drop", "spring.jpa.open-in-view=false"})
class PostgresEventStorageContractTest extends JpaEventStorageEngineContract {

    @BeforeAll
    static void requirePostgres() {
        TestPostgres postgres = TestPostgres.get();
        if (!postgres.available()) {
            System.out.println("[SKIPPED] " + postgres.whyUnavailable());
        }
        Assumptions.assumeTrue(postgres.available(), postgres::whyUnavailable);
    }

    @DynamicPropertySource
    static void postgres(DynamicPropertyRegistry registry) {
        TestPostgres postgres = TestPostgres.get();
        registry.add("spring.datasource.url", () -> postgres.url);
        registry.add("spring.datasource.username", () -> postgres.user);
        registry.add("spring.datasource.password", () -> postgres.password);
    }

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void axonsBinaryColumnsAreByteaNotLargeObjects() {
        List<String> types = jdbc.queryForList("""
                select table_name || '.' || column_name || ':' || data_type from information_schema.columns
                where table_schema = current_schema()
                  and table_name in ('domain_event_entry', 'snapshot_event_entry', 'token_entry')
                  and column_name in ('payload', 'meta_data', 'token')
                order by 1""", String.class);

        assertThat(types)
                .containsExactly(
                        "domain_event_entry.meta_data:bytea",
                        "domain_event_entry.payload:bytea",
                        "snapshot_event_entry.meta_data:bytea",
                        "snapshot_event_entry.payload:bytea",
                        "token_entry.token:bytea");
    }
}
