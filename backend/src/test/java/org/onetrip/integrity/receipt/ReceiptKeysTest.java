package org.onetrip.integrity.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.onetrip.testing.MigratedDatabase;

class ReceiptKeysTest {

    @TempDir
    Path folder;

    static final byte[] RECEIPT =
            "{\"receiptCode\":\"J3D0-1BM8-V3SW-A58ZJ\",\"version\":1}".getBytes(StandardCharsets.UTF_8);

    final byte[] receipt = "a receipt".getBytes(StandardCharsets.UTF_8);

    @Test
    void two_instances_on_one_database_sign_with_one_key_and_check_each_others_receipts() {
        var jdbc = MigratedDatabase.h2Template();
        var first = new ReceiptKeys(jdbc, Clock.systemUTC(), folder.resolve("a"));
        var second = new ReceiptKeys(jdbc, Clock.systemUTC(), folder.resolve("b"));

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.verify(first.keyId(), receipt, first.sign(receipt))).isTrue();
        assertThat(first.verify(second.keyId(), receipt, second.sign(receipt))).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from receipt_signing_key", Long.class))
                .isEqualTo(1);
    }

    @Test
    void instances_starting_together_on_an_empty_database_end_up_with_the_same_single_key() throws Exception {
        var jdbc = MigratedDatabase.h2Template();
        var pool = Executors.newFixedThreadPool(4);
        try {
            var starts = new ArrayList<Future<ReceiptKeys>>();
            for (int i = 0; i < 4; i++) {
                var own = folder.resolve("instance-" + i);
                starts.add(pool.submit((Callable<ReceiptKeys>) () -> new ReceiptKeys(jdbc, Clock.systemUTC(), own)));
            }
            var ids = new HashSet<String>();
            for (var start : starts) {
                ids.add(start.get().keyId());
            }
            assertThat(ids).hasSize(1);
        } finally {
            pool.shutdownNow();
        }
        assertThat(jdbc.queryForObject("select count(*) from receipt_signing_key", Long.class))
                .isEqualTo(1);
    }

    @Test
    void the_key_an_earlier_release_kept_in_files_is_imported_so_its_receipts_still_verify() throws Exception {
        var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
        var legacy = Files.createDirectories(folder.resolve("integrity"));
        Files.write(legacy.resolve("receipt-key.pk8"), pair.getPrivate().getEncoded());
        Files.write(legacy.resolve("receipt-key.pub"), pair.getPublic().getEncoded());
        var signature = Signature.getInstance("Ed25519");
        signature.initSign(pair.getPrivate());
        signature.update(receipt);
        var signedBefore = Base64.getEncoder().encodeToString(signature.sign());

        var jdbc = MigratedDatabase.h2Template();
        var keys = new ReceiptKeys(jdbc, Clock.systemUTC(), legacy);
        var elsewhere = new ReceiptKeys(jdbc, Clock.systemUTC(), folder.resolve("no-files-here"));

        assertThat(keys.keyId()).isEqualTo(ReceiptKeys.keyIdOf(pair.getPublic()));
        assertThat(elsewhere.verify(keys.keyId(), receipt, signedBefore)).isTrue();
    }

    @Test
    void a_receipt_signature_is_a_standard_ed25519_signature_anyone_can_check_with_the_published_key()
            throws Exception {
        var keys = new ReceiptKeys(MigratedDatabase.h2Template(), Clock.systemUTC(), folder);

        var signature = keys.sign(RECEIPT);

        var jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(keys.publicKeyBase64()))));
        jdk.update(RECEIPT);
        assertThat(jdk.verify(Base64.getDecoder().decode(signature))).isTrue();
        assertThat(keys.verify(keys.keyId(), RECEIPT, signature)).isTrue();
    }

    @Test
    void receipts_signed_before_with_the_same_key_still_verify() throws Exception {
        var jdbc = MigratedDatabase.h2Template();
        new ReceiptKeys(jdbc, Clock.systemUTC(), folder);
        var stored = jdbc.queryForObject("select private_key from receipt_signing_key", byte[].class);
        var jdk = Signature.getInstance("Ed25519");
        jdk.initSign(KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(stored)));
        jdk.update(RECEIPT);
        var signedBefore = Base64.getEncoder().encodeToString(jdk.sign());

        var reloaded = new ReceiptKeys(jdbc, Clock.systemUTC(), folder.resolve("another-instance"));

        assertThat(reloaded.verify(reloaded.keyId(), RECEIPT, signedBefore)).isTrue();
        assertThat(reloaded.sign(RECEIPT)).as("Ed25519 is deterministic").isEqualTo(signedBefore);
    }

    @Test
    void a_changed_receipt_a_foreign_signature_or_garbage_does_not_verify(@TempDir Path elsewhere) {
        var keys = new ReceiptKeys(MigratedDatabase.h2Template(), Clock.systemUTC(), folder);
        var signature = keys.sign(RECEIPT);
        var changed = RECEIPT.clone();
        changed[5] ^= 1;

        assertThat(keys.verify(keys.keyId(), changed, signature)).isFalse();
        assertThat(keys.verify(
                        keys.keyId(),
                        RECEIPT,
                        new ReceiptKeys(MigratedDatabase.h2Template(), Clock.systemUTC(), elsewhere).sign(RECEIPT)))
                .isFalse();
        assertThat(keys.verify(keys.keyId(), RECEIPT, "not base64 at all!")).isFalse();
        assertThat(keys.verify(keys.keyId(), RECEIPT, null)).isFalse();
        assertThat(keys.verify(keys.keyId(), RECEIPT, Base64.getEncoder().encodeToString(new byte[10])))
                .isFalse();
    }
}
