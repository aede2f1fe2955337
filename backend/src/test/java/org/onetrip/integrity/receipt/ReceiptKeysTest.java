package org.onetrip.integrity.receipt;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ReceiptKeysTest {

    static final byte[] RECEIPT =
            "{\"receiptCode\":\"J3D0-1BM8-V3SW-A58ZJ\",\"version\":1}".getBytes(StandardCharsets.UTF_8);

    @TempDir
    Path folder;

    @Test
    void a_receipt_signature_is_a_standard_ed25519_signature_anyone_can_check_with_the_published_key()
            throws Exception {
        var keys = new ReceiptKeys(folder);

        var signature = keys.sign(RECEIPT);

        var jdk = Signature.getInstance("Ed25519");
        jdk.initVerify(KeyFactory.getInstance("Ed25519")
                .generatePublic(new X509EncodedKeySpec(Base64.getDecoder().decode(keys.publicKeyBase64()))));
        jdk.update(RECEIPT);
        assertThat(jdk.verify(Base64.getDecoder().decode(signature))).isTrue();
        assertThat(keys.verify(RECEIPT, signature)).isTrue();
    }

    @Test
    void receipts_signed_before_with_the_same_key_still_verify() throws Exception {
        new ReceiptKeys(folder);
        var jdk = Signature.getInstance("Ed25519");
        jdk.initSign(KeyFactory.getInstance("Ed25519")
                .generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(folder.resolve("receipt-key.pk8")))));
        jdk.update(RECEIPT);
        var signedBefore = Base64.getEncoder().encodeToString(jdk.sign());

        var reloaded = new ReceiptKeys(folder);

        assertThat(reloaded.verify(RECEIPT, signedBefore)).isTrue();
        assertThat(reloaded.sign(RECEIPT)).as("Ed25519 is deterministic").isEqualTo(signedBefore);
    }

    @Test
    void a_changed_receipt_a_foreign_signature_or_garbage_does_not_verify(@TempDir Path elsewhere) {
        var keys = new ReceiptKeys(folder);
        var signature = keys.sign(RECEIPT);
        var changed = RECEIPT.clone();
        changed[5] ^= 1;

        assertThat(keys.verify(changed, signature)).isFalse();
        assertThat(keys.verify(RECEIPT, new ReceiptKeys(elsewhere).sign(RECEIPT)))
                .isFalse();
        assertThat(keys.verify(RECEIPT, "not base64 at all!")).isFalse();
        assertThat(keys.verify(RECEIPT, null)).isFalse();
        assertThat(keys.verify(RECEIPT, Base64.getEncoder().encodeToString(new byte[10])))
                .isFalse();
    }
}
