package org.onetrip.integrity;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import org.axonframework.eventhandling.GenericDomainEventMessage;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.BackendTestApp;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.integrity.chain.HashChainingStorageEngine;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.command.ContactVault;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Append throughput with and without the integrity features, on the embedded H2 file store as shipped
 * (WRITE_DELAY=0), one transaction per append as a command makes it. "With" = hash chaining and, on
 * each case's filing, the contact sealed by the application's {@link ContactVault} (a new key row and
 * AES-GCM); "without" = the bare engine and the contact in clear, as events were stored before.
 * docs/benchmarks.md, "Integrity overhead", says how to run it.
 */
@Tag("benchmark")
class IntegrityOverheadBenchmark {

    static final int AGGREGATES = 200;
    static final int EVENTS_PER_AGGREGATE = 10;
    static final int ROUNDS = 3;

    @TempDir
    Path dataDir;

    @Test
    void appending_with_hash_chaining_keeps_at_least_eight_tenths_of_the_plain_throughput() {
        try (var context = BackendTestApp.start(
                dataDir,
                "spring.datasource.url=jdbc:h2:file:" + dataDir.resolve("h2/bench")
                        + ";WRITE_DELAY=0;DB_CLOSE_ON_EXIT=FALSE")) {
            var chained = context.getBean(EventStorageEngine.class);
            assertThat(chained).isInstanceOf(HashChainingStorageEngine.class);
            var without = new Side(((HashChainingStorageEngine) chained).delegate(), null);
            var with = new Side(chained, context.getBean(ContactVault.class));
            var transactions = new TransactionTemplate(context.getBean(PlatformTransactionManager.class));
            run(without, transactions, "warm-up");
            run(with, transactions, "warm-up");
            double plainBest = 0;
            double chainedBest = 0;
            for (int round = 0; round < ROUNDS; round++) {
                plainBest = Math.max(plainBest, run(without, transactions, "plain"));
                chainedBest = Math.max(chainedBest, run(with, transactions, "chained"));
            }
            double ratio = chainedBest / plainBest;
            System.out.printf(
                    "Integrity overhead: plain %.0f events/s, hash-chained and encrypted %.0f events/s, ratio %.2f%n",
                    plainBest, chainedBest, ratio);
            assertThat(ratio).isGreaterThanOrEqualTo(0.8);
        }
    }

    /** The engine appended to, and the vault that seals the contact at filing (none: stored in clear). */
    record Side(EventStorageEngine engine, ContactVault vault) {

        FiledComplainant complainant(String caseId) {
            return vault == null
                    ? new FiledComplainant(false, null, CONTACT.name(), CONTACT.phone(), CONTACT.email())
                    : FiledComplainant.encrypted(false, vault.seal(caseId, CONTACT));
        }
    }

    static final ContactDetails CONTACT = new ContactDetails("王秀英", "13812345678", "wang.xiuying@example.cn");

    /** One event per append and transaction, as a command does; answers events per second. */
    private static double run(Side side, TransactionTemplate transactions, String label) {
        var ids = new String[AGGREGATES];
        var complainants = new FiledComplainant[AGGREGATES];
        for (int a = 0; a < AGGREGATES; a++) {
            ids[a] = label + "-" + UUID.randomUUID();
        }
        long start = System.nanoTime();
        for (int n = 0; n < EVENTS_PER_AGGREGATE; n++) {
            for (int a = 0; a < AGGREGATES; a++) {
                int sequence = n;
                int aggregate = a;
                transactions.executeWithoutResult(status -> {
                    if (sequence == 0) {
                        complainants[aggregate] = side.complainant(ids[aggregate]);
                    }
                    side.engine()
                            .appendEvents(new GenericDomainEventMessage<>(
                                    "Case",
                                    ids[aggregate],
                                    sequence,
                                    filed(ids[aggregate], complainants[aggregate]),
                                    Map.of(
                                            "traceId",
                                            UUID.randomUUID().toString(),
                                            "correlationId",
                                            UUID.randomUUID().toString()),
                                    UUID.randomUUID().toString(),
                                    Instant.now()));
                });
            }
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        return AGGREGATES * EVENTS_PER_AGGREGATE / seconds;
    }

    private static CaseFiledEvent filed(String caseId, FiledComplainant complainant) {
        return new CaseFiledEvent(
                caseId,
                new EventContext(UUID.randomUUID().toString(), Actor.PUBLIC, Channel.PORTAL, Instant.now()),
                "TY07D380Y28XZB14X",
                CaseKind.COMPLAINT,
                CaseCategory.BUCK_PASSING,
                "宅基地审批在国土所和村镇中心之间来回推",
                "申请宅基地，国土所说归村镇中心，村镇中心又说归国土所。".repeat(5),
                null,
                "guotu",
                complainant);
    }
}
