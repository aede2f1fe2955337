package org.onetrip.integrity.receipt;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.axonframework.commandhandling.gateway.CommandGateway;
import org.axonframework.config.DefaultConfigurer;
import org.axonframework.eventsourcing.eventstore.inmemory.InMemoryEventStorageEngine;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.integrity.api.FilingReceipt;
import org.onetrip.integrity.api.ReceiptKeyRotationRefusalReason;
import org.onetrip.integrity.api.ReceiptSigningKeyRotationRejectedException;
import org.onetrip.integrity.api.RotateReceiptSigningKeyCommand;
import org.onetrip.integrity.command.ReceiptSigningKeyRing;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.onetrip.shared.command.EventContexts;
import org.onetrip.testing.MigratedDatabase;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DataSourceTransactionManager;

class ReceiptKeyRotationTest {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-12-03T06:00:00Z"), ZoneOffset.UTC);
    static final Actor ADMIN = new Actor("admin", Role.ADMIN, null);

    @TempDir
    Path folder;

    final JdbcTemplate jdbc = MigratedDatabase.h2Template();

    @Test
    void a_rotation_puts_a_new_key_in_force_and_retires_the_old_one_erasing_its_private_part() {
        var keys = new ReceiptKeys(jdbc, CLOCK, folder);
        var first = keys.keyId();

        var rotation = keys.rotate();

        assertThat(rotation.retiredKeyId()).isEqualTo(first);
        assertThat(rotation.retiredGeneration()).isEqualTo(1);
        assertThat(rotation.newGeneration()).isEqualTo(2);
        assertThat(keys.keyId()).isEqualTo(rotation.newKeyId()).isNotEqualTo(first);
        var published = keys.all();
        assertThat(published).extracting(k -> k.keyId()).containsExactly(rotation.newKeyId(), first);
        assertThat(published.get(0).inForce()).isTrue();
        assertThat(published.get(1).retiredAt()).isEqualTo(CLOCK.instant());
        assertThat(published.get(1).validFrom()).isEqualTo(CLOCK.instant());
        assertThat(jdbc.queryForObject(
                        "select count(*) from receipt_signing_key where private_key is not null", Long.class))
                .as("only the key in force keeps its private part")
                .isEqualTo(1);
    }

    @Test
    void the_other_instance_signs_with_the_new_key_from_the_first_receipt_after_the_rotation() {
        var here = new ReceiptKeys(jdbc, CLOCK, folder.resolve("a"));
        var there = new ReceiptKeys(jdbc, CLOCK, folder.resolve("b"));
        var data = "a receipt".getBytes(StandardCharsets.UTF_8);
        var before = there.current();
        assertThat(before.sign(data)).isNotNull();

        var rotation = here.rotate();

        var after = there.current();
        assertThat(after.keyId()).isEqualTo(rotation.newKeyId());
        assertThat(here.verify(after.keyId(), data, after.sign(data))).isTrue();
        assertThat(there.verify(rotation.retiredKeyId(), data, before.sign(data)))
                .as("the retired key's receipts, checked on the instance that cached it")
                .isTrue();
    }

    @Test
    void a_receipt_signed_with_a_retired_key_still_verifies_and_names_that_key() {
        var keys = new ReceiptKeys(jdbc, CLOCK, folder);
        var receipts = receipts(keys);
        var signedFirst = signed(keys.current());

        keys.rotate();
        keys.rotate();

        var verification = receipts.verify(signedFirst, Optional.empty(), null, null);
        assertThat(verification.genuine()).isTrue();
        assertThat(verification.signingKey().keyId()).isEqualTo(signedFirst.keyId());
        assertThat(verification.signingKey().generation()).isEqualTo(1);
        assertThat(verification.signingKey().inForce()).isFalse();
        var signedNow = signed(keys.current());
        assertThat(receipts.verify(signedNow, Optional.empty(), null, null)
                        .signingKey()
                        .generation())
                .isEqualTo(3);
    }

    @Test
    void a_receipt_naming_no_key_is_an_earlier_releases_and_verifies_with_the_first_key_after_rotations()
            throws Exception {
        var keys = new ReceiptKeys(jdbc, CLOCK, folder);
        var receipts = receipts(keys);
        var firstPrivate =
                jdbc.queryForObject("select private_key from receipt_signing_key where generation = 1", byte[].class);
        var legacy = unsignedReceipt(null);
        var jdk = Signature.getInstance("Ed25519");
        jdk.initSign(KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(firstPrivate)));
        jdk.update(FilingReceipts.signedBytes(legacy));
        var oldReceipt = withSignature(legacy, Base64.getEncoder().encodeToString(jdk.sign()));

        keys.rotate();
        keys.rotate();

        var verification = receipts.verify(oldReceipt, Optional.empty(), null, null);
        assertThat(verification.genuine()).isTrue();
        assertThat(verification.signingKey().generation()).isEqualTo(1);
        var tampered = withSignature(
                new FilingReceipt(1, "J3D0-1BM8-V3SW-A58ZK", "c", "t", "h", "x", null, null), oldReceipt.signature());
        assertThat(receipts.verify(tampered, Optional.empty(), null, null).genuine())
                .isFalse();
    }

    @Test
    void a_receipt_naming_an_unknown_key_or_moved_to_another_key_is_not_genuine() {
        var keys = new ReceiptKeys(jdbc, CLOCK, folder);
        var receipts = receipts(keys);
        var signedFirst = signed(keys.current());
        var rotation = keys.rotate();

        var unknown = receipts.verify(withKeyId(signedFirst, "00112233aabbccdd"), Optional.empty(), null, null);
        assertThat(unknown.genuine()).isFalse();
        assertThat(unknown.signingKey()).isNull();
        assertThat(unknown.problems()).contains("signed with an unknown key");
        var moved = receipts.verify(withKeyId(signedFirst, rotation.newKeyId()), Optional.empty(), null, null);
        assertThat(moved.genuine()).isFalse();
        assertThat(moved.problems()).contains("the signature does not match the receipt's content");
    }

    @Test
    void a_rotation_the_key_ring_refuses_comes_back_through_the_command_bus_with_its_rule_and_leaves_no_new_key() {
        var keys = new ReceiptKeys(jdbc, CLOCK, folder);
        var first = keys.keyId();
        var ids = new AtomicLong();
        var axon = DefaultConfigurer.defaultConfiguration()
                .configureSerializer(c -> JacksonSerializer.defaultSerializer())
                .configureEmbeddedEventStore(c -> new InMemoryEventStorageEngine())
                .configureAggregate(ReceiptSigningKeyRing.class)
                .registerComponent(
                        EventContexts.class, c -> new EventContexts(CLOCK, () -> "e-" + ids.incrementAndGet()))
                .start();
        try {
            // the ring already records a later generation than this database holds
            axon.commandGateway()
                    .sendAndWait(new RotateReceiptSigningKeyCommand(
                            ReceiptSigningKeyRing.RING_ID, ADMIN, "elsewhere-1", 1, "elsewhere-2", 5));
            var rotation = rotation(keys, axon.commandGateway());

            assertThatThrownBy(() -> rotation.rotate(ADMIN))
                    .isInstanceOfSatisfying(
                            ReceiptSigningKeyRotationRejectedException.class,
                            rejected -> assertThat(rejected.reason())
                                    .isEqualTo(ReceiptKeyRotationRefusalReason.GENERATION_NOT_NEXT));
            assertThat(keys.all()).extracting(k -> k.keyId()).containsExactly(first);
        } finally {
            axon.shutdown();
        }
    }

    @Test
    void nobody_but_an_administrator_asks_for_a_rotation_and_the_refusal_names_that_rule() {
        var rotation = new ReceiptKeyRotation(null, null, null);

        assertThatThrownBy(() -> rotation.rotate(new Actor("auditor", Role.AUDITOR, null)))
                .isInstanceOfSatisfying(
                        ReceiptSigningKeyRotationRejectedException.class,
                        rejected -> assertThat(rejected.reason())
                                .isEqualTo(ReceiptKeyRotationRefusalReason.NOT_ADMINISTRATOR));
    }

    @Test
    void a_rotation_losing_the_race_for_the_next_generation_is_refused_as_concurrent() {
        var keys = new ReceiptKeys(jdbc, CLOCK, folder);
        CommandGateway losing = mock(CommandGateway.class);
        when(losing.sendAndWait(any())).thenThrow(new DuplicateKeyException("generation 2 exists"));

        assertThatThrownBy(() -> rotation(keys, losing).rotate(ADMIN))
                .isInstanceOfSatisfying(
                        ReceiptSigningKeyRotationRejectedException.class,
                        rejected -> assertThat(rejected.reason())
                                .isEqualTo(ReceiptKeyRotationRefusalReason.CONCURRENT_ROTATION));
    }

    private ReceiptKeyRotation rotation(ReceiptKeys keys, CommandGateway commands) {
        return new ReceiptKeyRotation(keys, commands, new DataSourceTransactionManager(jdbc.getDataSource()));
    }

    private FilingReceipts receipts(ReceiptKeys keys) {
        return new FilingReceipts(new InMemoryEventStorageEngine(), JacksonSerializer.defaultSerializer(), keys);
    }

    static FilingReceipt unsignedReceipt(String keyId) {
        return new FilingReceipt(1, "J3D0-1BM8-V3SW-A58ZJ", "c", "t", "h", "x", keyId, null);
    }

    static FilingReceipt signed(ReceiptKeys.SigningKey key) {
        var unsigned = unsignedReceipt(key.keyId());
        return withSignature(unsigned, key.sign(FilingReceipts.signedBytes(unsigned)));
    }

    static FilingReceipt withSignature(FilingReceipt r, String signature) {
        return new FilingReceipt(
                r.version(),
                r.receiptCode(),
                r.caseCommitment(),
                r.filedAt(),
                r.contentHash(),
                r.chainHead(),
                r.keyId(),
                signature);
    }

    static FilingReceipt withKeyId(FilingReceipt r, String keyId) {
        return new FilingReceipt(
                r.version(),
                r.receiptCode(),
                r.caseCommitment(),
                r.filedAt(),
                r.contentHash(),
                r.chainHead(),
                keyId,
                r.signature());
    }
}
