package org.onetrip.integrity.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPairGenerator;
import java.security.Signature;
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

    final byte[] receipt = "a receipt".getBytes(StandardCharsets.UTF_8);

    @Test
    void two_instances_on_one_database_sign_with_one_key_and_check_each_others_receipts() {
        var jdbc = MigratedDatabase.h2Template();
        var first = new ReceiptKeys(jdbc, Clock.systemUTC(), folder.resolve("a"));
        var second = new ReceiptKeys(jdbc, Clock.systemUTC(), folder.resolve("b"));

        assertThat(second.keyId()).isEqualTo(first.keyId());
        assertThat(second.verify(receipt, first.sign(receipt))).isTrue();
        assertThat(first.verify(receipt, second.sign(receipt))).isTrue();
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
        assertThat(elsewhere.verify(receipt, signedBefore)).isTrue();
    }
}
