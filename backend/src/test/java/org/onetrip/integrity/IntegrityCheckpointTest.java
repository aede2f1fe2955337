package org.onetrip.integrity;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.eventsourcing.eventstore.EventStorageEngine;
import org.axonframework.serialization.Serializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.BackendTestApp;
import org.onetrip.integrity.api.AggregateIntegrity.Status;
import org.onetrip.integrity.api.IntegrityCheckpoints;
import org.onetrip.integrity.api.PublishIntegrityCheckpointCommand;
import org.onetrip.integrity.chain.EventHashes;
import org.onetrip.integrity.chain.MerkleRoot;
import org.onetrip.integrity.cli.IntegrityVerificationRunner;
import org.onetrip.integrity.command.CheckpointCutter;
import org.onetrip.integrity.query.IntegrityVerifier;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;

class IntegrityCheckpointTest {

    static final Actor ADMIN = new Actor("wang.admin", Role.ADMIN, null);

    @TempDir
    Path dataDir;

    @Test
    void a_chain_rewritten_consistently_passes_its_own_check_but_no_longer_matches_the_published_root() {
        try (var context = BackendTestApp.start(dataDir)) {
            var fixture = new IntegrityFixture(context);
            var verifier = context.getBean(IntegrityVerifier.class);
            var caseId = fixture.caseWithFourEvents();
            var checkpoint = context.getBean(CheckpointCutter.class).cut(ADMIN).orElseThrow();
            assertThat(checkpoint.number()).isEqualTo(1);
            assertThat(checkpoint.eventCount()).isGreaterThanOrEqualTo(5);
            var before = verifier.verifyAll();
            assertThat(before.intact()).as(before.render()).isTrue();
            assertThat(before.checkpoints())
                    .singleElement()
                    .satisfies(c -> assertThat(c.matches()).isTrue());

            rewriteConsistently(context, fixture, caseId);

            assertThat(verifier.verifyAggregate(caseId).orElseThrow().status()).isEqualTo(Status.INTACT);
            var after = verifier.verifyAll();
            assertThat(after.intact()).isFalse();
            assertThat(after.damaged()).isEmpty();
            assertThat(after.checkpoints()).singleElement().satisfies(c -> {
                assertThat(c.matches()).isFalse();
                assertThat(c.publishedRoot()).isEqualTo(checkpoint.merkleRoot());
                assertThat(c.recomputedRoot()).isNotEqualTo(checkpoint.merkleRoot());
            });

            var printed = new ByteArrayOutputStream();
            int exit = new IntegrityVerificationRunner(context, verifier)
                    .verify(new PrintStream(printed, true, StandardCharsets.UTF_8));
            assertThat(exit).isEqualTo(2);
            assertThat(printed.toString(StandardCharsets.UTF_8))
                    .contains("DAMAGE FOUND")
                    .contains("checkpoint 1")
                    .contains("MISMATCH");
        }
    }

    @Test
    void checkpoints_follow_each_other_without_gap_and_each_root_covers_its_own_period() {
        try (var context = BackendTestApp.start(dataDir)) {
            var fixture = new IntegrityFixture(context);
            var cutter = context.getBean(CheckpointCutter.class);
            var verifier = context.getBean(IntegrityVerifier.class);
            fixture.caseWithFourEvents();
            var first = cutter.cut(ADMIN).orElseThrow();
            fixture.caseWithFourEvents();
            var second = cutter.cut(ADMIN).orElseThrow();

            assertThat(second.periodStart()).isEqualTo(first.periodEnd());
            assertThat(second.previousRoot()).isEqualTo(first.merkleRoot());
            assertThat(second.eventCount()).isEqualTo(5);
            assertThat(second.eventHash()).hasSize(64);
            var report = verifier.verifyAll();
            assertThat(report.intact()).as(report.render()).isTrue();
            assertThat(report.checkpoints()).hasSize(2).allMatch(c -> c.matches());

            assertThatThrownBy(() -> context.getBean(CommandGateway.class)
                            .sendAndWait(new PublishIntegrityCheckpointCommand(
                                    IntegrityCheckpoints.LEDGER_ID,
                                    ADMIN,
                                    first.periodStart(),
                                    Instant.now(),
                                    1,
                                    "0".repeat(64))))
                    .hasMessageContaining("must start where the last one ended");

            var printed = new ByteArrayOutputStream();
            assertThat(new IntegrityVerificationRunner(context, verifier).verify(new PrintStream(printed)))
                    .isZero();
        }
    }

    @Test
    void the_merkle_root_is_the_rfc_6962_tree_hash() {
        var leaves = new String[] {"a", "b", "c"};
        var root = new MerkleRoot();
        for (var leaf : leaves) {
            root.add(EventHashes.sha256Hex(leaf.getBytes(StandardCharsets.UTF_8)));
        }
        byte[] a = leaf("a");
        byte[] b = leaf("b");
        byte[] c = leaf("c");
        assertThat(root.rootHex()).isEqualTo(java.util.HexFormat.of().formatHex(node(node(a, b), c)));
        assertThat(new MerkleRoot().rootHex()).isEqualTo(EventHashes.sha256Hex(new byte[0]));
    }

    private static byte[] leaf(String s) {
        var hash = EventHashes.sha256(s.getBytes(StandardCharsets.UTF_8));
        var data = new byte[33];
        System.arraycopy(hash, 0, data, 1, 32);
        return EventHashes.sha256(data);
    }

    private static byte[] node(byte[] left, byte[] right) {
        var data = new byte[65];
        data[0] = 1;
        System.arraycopy(left, 0, data, 1, 32);
        System.arraycopy(right, 0, data, 33, 32);
        return EventHashes.sha256(data);
    }

    /** What an insider who knows the algorithm would do: change the filing, then re-hash every later link. */
    private static void rewriteConsistently(
            org.springframework.context.ConfigurableApplicationContext context,
            IntegrityFixture fixture,
            String caseId) {
        var engine = context.getBean(EventStorageEngine.class);
        var hashes = new EventHashes(context.getBean("eventSerializer", Serializer.class));
        var payload = new String(fixture.payload(caseId, 0), StandardCharsets.UTF_8);
        fixture.update(
                "update domain_event_entry set payload = ? where aggregate_identifier = ? and sequence_number = 0",
                payload.replace("来回推", "已办结").getBytes(StandardCharsets.UTF_8),
                caseId);
        String previous = EventHashes.GENESIS;
        for (long n = 0; n < 4; n++) {
            var withPrev =
                    TamperedEventsTest.withMetaData(fixture.metaData(caseId, n), EventHashes.PREV_HASH, previous);
            fixture.update(
                    "update domain_event_entry set meta_data = ? where aggregate_identifier = ? and sequence_number = ?",
                    withPrev.getBytes(StandardCharsets.UTF_8),
                    caseId,
                    n);
            long sequence = n;
            var event = engine.readEvents(caseId, n)
                    .asStream()
                    .filter(e -> e.getSequenceNumber() == sequence)
                    .findFirst()
                    .orElseThrow();
            previous = hashes.hash(event);
            var withHash = TamperedEventsTest.withMetaData(fixture.metaData(caseId, n), EventHashes.HASH, previous);
            fixture.update(
                    "update domain_event_entry set meta_data = ? where aggregate_identifier = ? and sequence_number = ?",
                    withHash.getBytes(StandardCharsets.UTF_8),
                    caseId,
                    n);
        }
    }
}
