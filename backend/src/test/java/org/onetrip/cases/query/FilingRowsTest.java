package org.onetrip.cases.query;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.persistence.EntityManagerFactory;
import java.time.Instant;
import javax.sql.DataSource;
import org.hibernate.SessionFactory;
import org.hibernate.stat.Statistics;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.privacy.api.EncryptedContact;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.domain.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The rows a filing writes in its own transaction (the registry, and the retention list when contact data was
 * given) are inserted without first being looked for; a later event updates the row it reads; the public's
 * lookup by receipt code is planned once.
 */
@JpaRowsTest(classes = FilingRowsTest.Rows.class)
class FilingRowsTest {

    @SpringBootConfiguration
    @EntityScan(basePackageClasses = CaseRegistryEntry.class)
    @EnableJpaRepositories(basePackageClasses = CaseRegistryRepository.class)
    static class Rows {}

    private static final Instant FILED_AT = Instant.parse("2026-12-04T02:00:00Z");

    @Autowired
    CaseRegistryRepository registry;

    @Autowired
    ContactRetentionRepository retention;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    DataSource dataSource;

    @Autowired
    EntityManagerFactory entityManagerFactory;

    private Statistics statistics;

    @BeforeEach
    void resetStatistics() {
        statistics = entityManagerFactory.unwrap(SessionFactory.class).getStatistics();
        statistics.clear();
    }

    @Test
    void a_filing_inserts_its_registry_row_after_one_lookup_and_its_retention_row_without_any() {
        var filed = filed("case-rows-1", "7K3M9P2QX4RT8VW61");

        inTransaction(() -> new CaseRegistryProjection(registry).on(filed, 0));
        assertThat(statistics.getPrepareStatementCount())
                .as("one lookup (a redelivered filing finds its row) and one insert")
                .isEqualTo(2);
        assertThat(statistics.getEntityInsertCount()).isEqualTo(1);

        statistics.clear();
        inTransaction(() -> new ContactRetentionProjection(retention).on(filed));
        assertThat(statistics.getPrepareStatementCount()).as("the insert alone").isEqualTo(1);
        assertThat(statistics.getEntityInsertCount()).isEqualTo(1);

        var row = registry.findById("case-rows-1").orElseThrow();
        assertThat(row.status()).isEqualTo(CaseStatus.FILED);
        assertThat(retention.existsById("case-rows-1")).isTrue();
    }

    @Test
    void a_row_read_back_is_updated_not_inserted_again() {
        var filed = filed("case-rows-2", "7K3M9P2QX4RT8VW62");
        inTransaction(() -> new CaseRegistryProjection(registry).on(filed, 0));

        statistics.clear();
        inTransaction(() -> new CaseRegistryProjection(registry).on(filed, 3));

        assertThat(statistics.getEntityInsertCount()).isZero();
        assertThat(statistics.getEntityUpdateCount()).isEqualTo(1);
        assertThat(registry.findById("case-rows-2").orElseThrow().version()).isEqualTo(3);
    }

    @Test
    void looking_a_case_up_by_its_receipt_code_reuses_the_planned_query() {
        var filed = filed("case-rows-3", "7K3M9P2QX4RT8VW63");
        inTransaction(() -> new CaseRegistryProjection(registry).on(filed, 0));
        assertThat(registry.findByReceiptCodeDigest(CaseRegistryEntry.digestOf("7K3M9P2QX4RT8VW63")))
                .isPresent();

        statistics.clear();
        assertThat(registry.findByReceiptCodeDigest(CaseRegistryEntry.digestOf("7K3M9P2QX4RT8VW63")))
                .isPresent();
        assertThat(registry.findByReceiptCodeDigest(CaseRegistryEntry.digestOf("7K3M9P2QX4RT8VW60")))
                .isEmpty();

        assertThat(statistics.getQueryPlanCacheHitCount()).isPositive();
        assertThat(statistics.getQueryPlanCacheMissCount()).isZero();
    }

    @Test
    void the_registry_row_holds_a_digest_of_the_receipt_code_and_never_the_code_itself() {
        var code = ReceiptCode.generate();
        inTransaction(() -> new CaseRegistryProjection(registry).on(filed("case-rows-4", code.value()), 0));

        var row = new JdbcTemplate(dataSource).queryForMap("select * from case_registry where case_id = 'case-rows-4'");
        assertThat(row.values())
                .extracting(String::valueOf)
                .noneMatch(value -> value.contains(code.value()) || value.contains(code.grouped()));
        assertThat(row).containsEntry("RECEIPT_CODE_DIGEST", code.digest("onetrip-receipt"));
        assertThat(registry.findByReceiptCode(code))
                .map(CaseRegistryEntry::caseId)
                .contains("case-rows-4");
        assertThat(registry.findByReceiptCode(ReceiptCode.generate())).isEmpty();
    }

    private void inTransaction(Runnable work) {
        transactions.executeWithoutResult(status -> work.run());
    }

    private static CaseFiledEvent filed(String caseId, String receiptCode) {
        return new CaseFiledEvent(
                caseId,
                new EventContext("filing-" + caseId, Actor.PUBLIC, Channel.PORTAL, FILED_AT),
                receiptCode,
                CaseKind.COMPLAINT,
                CaseCategory.BUCK_PASSING,
                "路灯不亮",
                "村口路灯坏了。",
                null,
                null,
                FiledComplainant.encrypted(false, new EncryptedContact("contact-key-1", "c2VhbGVk")));
    }
}
