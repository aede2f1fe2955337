package org.onetrip.integrity.receipt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.time.Clock;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.onetrip.integrity.chain.EventHashes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The service's Ed25519 receipt keys, in the shared database (table {@code receipt_signing_key}), so that every
 * instance signs with the same key and checks every other instance's receipts. The key in force is the highest
 * generation not retired; the first start creates generation 1, or imports the key an earlier release kept as
 * files in {@code onetrip.integrity.key-dir} ({@code receipt-key.pk8}, {@code receipt-key.pub}), so receipts
 * signed before the upgrade still verify. Of two instances creating the first key at once, the unique generation
 * lets one win and the other read its key. Back the table up with the database: receipts signed with a lost key
 * stay checkable only while its public key is published.
 */
@Component
public class ReceiptKeys {

    static final String ALGORITHM = "Ed25519";
    private static final Logger log = LoggerFactory.getLogger(ReceiptKeys.class);

    private final KeyPair keys;
    private final String keyId;
    // Bouncy Castle's Ed25519 signs the same bytes as the JDK's, 10–15 times faster (docs/benchmarks.md): the
    // JDK 17 implementation took about a millisecond per filing receipt
    private final Ed25519PrivateKeyParameters signingKey;
    private final Ed25519PublicKeyParameters verifyingKey;

    public ReceiptKeys(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${onetrip.integrity.key-dir:${onetrip.data-dir:./data}/integrity}") Path legacyFolder) {
        this.keys = loadOrCreate(jdbc, clock, legacyFolder);
        try {
            this.signingKey = (Ed25519PrivateKeyParameters)
                    PrivateKeyFactory.createKey(keys.getPrivate().getEncoded());
            this.verifyingKey = (Ed25519PublicKeyParameters)
                    PublicKeyFactory.createKey(keys.getPublic().getEncoded());
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("the stored receipt signing key is not an Ed25519 key", e);
        }
        this.keyId = keyIdOf(keys.getPublic());
    }

    public String keyId() {
        return keyId;
    }

    public String publicKeyBase64() {
        return Base64.getEncoder().encodeToString(keys.getPublic().getEncoded());
    }

    public String sign(byte[] data) {
        var signer = new Ed25519Signer();
        signer.init(true, signingKey);
        signer.update(data, 0, data.length);
        return Base64.getEncoder().encodeToString(signer.generateSignature());
    }

    public boolean verify(byte[] data, String signatureBase64) {
        try {
            var verifier = new Ed25519Signer();
            verifier.init(false, verifyingKey);
            verifier.update(data, 0, data.length);
            return verifier.verifySignature(Base64.getDecoder().decode(signatureBase64));
        } catch (IllegalArgumentException | NullPointerException e) {
            return false;
        }
    }

    static String keyIdOf(PublicKey publicKey) {
        return HexFormat.of().formatHex(EventHashes.sha256(publicKey.getEncoded()), 0, 8);
    }

    private static KeyPair loadOrCreate(JdbcTemplate jdbc, Clock clock, Path legacyFolder) {
        try {
            var factory = KeyFactory.getInstance(ALGORITHM);
            for (int attempt = 0; attempt < 3; attempt++) {
                var stored = current(jdbc, factory);
                if (!stored.isEmpty()) {
                    return stored.get(0);
                }
                var legacy = legacy(factory, legacyFolder);
                var pair = legacy != null
                        ? legacy
                        : KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                try {
                    jdbc.update(
                            "insert into receipt_signing_key (key_id, generation, algorithm, public_key, private_key,"
                                    + " created_at) values (?, 1, ?, ?, ?, ?)",
                            keyIdOf(pair.getPublic()),
                            ALGORITHM,
                            pair.getPublic().getEncoded(),
                            pair.getPrivate().getEncoded(),
                            clock.instant().atOffset(ZoneOffset.UTC));
                    log.info(
                            legacy != null
                                    ? "Receipt signing key {} imported from {} into the database"
                                    : "Receipt signing key {} created in the database",
                            keyIdOf(pair.getPublic()),
                            legacyFolder);
                    return pair;
                } catch (DuplicateKeyException anotherInstanceWasFirst) {
                    // read the key the other instance stored
                }
            }
            throw new IllegalStateException("no receipt signing key could be stored or read");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the receipt signing key is unusable", e);
        }
    }

    private static List<KeyPair> current(JdbcTemplate jdbc, KeyFactory factory) {
        return jdbc.query(
                "select public_key, private_key from receipt_signing_key where retired_at is null"
                        + " order by generation desc",
                (rows, n) -> {
                    try {
                        return new KeyPair(
                                factory.generatePublic(new X509EncodedKeySpec(rows.getBytes(1))),
                                factory.generatePrivate(new PKCS8EncodedKeySpec(rows.getBytes(2))));
                    } catch (GeneralSecurityException e) {
                        throw new IllegalStateException("the stored receipt signing key is unusable", e);
                    }
                });
    }

    private static KeyPair legacy(KeyFactory factory, Path folder) throws GeneralSecurityException {
        var privateFile = folder.resolve("receipt-key.pk8");
        var publicFile = folder.resolve("receipt-key.pub");
        if (!Files.exists(privateFile) || !Files.exists(publicFile)) {
            return null;
        }
        try {
            PrivateKey privateKey = factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
            PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
            return new KeyPair(publicKey, privateKey);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read the receipt key files in " + folder, e);
        }
    }
}
