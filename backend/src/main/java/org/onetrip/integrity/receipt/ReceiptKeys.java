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
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.onetrip.integrity.api.PublishedReceiptKey;
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
 * lets one win and the other read its key. A rotation adds the next generation and retires the one in force: its
 * private part is erased, so it never signs again, and its public part stays published, so its receipts keep
 * verifying. Back the table up with the
 * database: receipts signed with a lost key stay checkable only while its public key is published.
 *
 * <p>Which key is in force is read from the shared database for every receipt (one indexed row), not cached, so
 * an instance signs with the new key from the first receipt after another instance rotated. Only the parsed key
 * material is cached, by key id: a key's material never changes.
 */
@Component
public class ReceiptKeys {

    static final String ALGORITHM = "Ed25519";
    private static final Logger log = LoggerFactory.getLogger(ReceiptKeys.class);

    private final JdbcTemplate jdbc;
    private final Clock clock;
    private final Map<String, StoredKey> byId = new ConcurrentHashMap<>();

    public ReceiptKeys(
            JdbcTemplate jdbc,
            Clock clock,
            @Value("${onetrip.integrity.key-dir:${onetrip.data-dir:./data}/integrity}") Path legacyFolder) {
        this.jdbc = jdbc;
        this.clock = clock;
        ensureFirstKey(legacyFolder);
    }

    /** The key that signs receipts now, as the shared database says. */
    public SigningKey current() {
        var ids = jdbc.queryForList(
                "select key_id from receipt_signing_key where retired_at is null order by generation desc",
                String.class);
        if (ids.isEmpty()) {
            throw new IllegalStateException("no receipt signing key is in force");
        }
        var key = stored(ids.get(0)).orElseThrow();
        if (key.signing == null) {
            throw new IllegalStateException("the receipt signing key in force has no private part here");
        }
        return new SigningKey(key);
    }

    /** The id of the key in force. */
    public String keyId() {
        return current().keyId();
    }

    /** The public key in force, X.509 SubjectPublicKeyInfo in base64. */
    public String publicKeyBase64() {
        return current().publicKeyBase64();
    }

    /** Signs with the key in force; use {@link #current()} when the key id goes into the signed bytes. */
    public String sign(byte[] data) {
        return current().sign(data);
    }

    /**
     * Checks a signature with the key {@code keyId} names, in force or retired; a null id is the first key's (the
     * receipts of releases that named no key).
     */
    public boolean verify(String keyId, byte[] data, String signatureBase64) {
        return resolveId(keyId)
                .flatMap(this::stored)
                .map(key -> key.verify(data, signatureBase64))
                .orElse(false);
    }

    /** The key a receipt names, in force or retired: by id, or the first generation's for a receipt naming none. */
    public Optional<PublishedReceiptKey> resolve(String keyId) {
        return resolveId(keyId)
                .flatMap(id -> all().stream().filter(k -> k.keyId().equals(id)).findFirst());
    }

    private Optional<String> resolveId(String keyId) {
        if (keyId == null) {
            return jdbc
                    .queryForList("select key_id from receipt_signing_key where generation = 1", String.class)
                    .stream()
                    .findFirst();
        }
        return stored(keyId).map(StoredKey::keyId);
    }

    /** Every key that ever signed receipts, newest first, with the period it signed in. */
    public List<PublishedReceiptKey> all() {
        return jdbc.query(
                "select key_id, generation, algorithm, public_key, created_at, retired_at from receipt_signing_key"
                        + " order by generation desc",
                (rows, n) -> new PublishedReceiptKey(
                        rows.getString(1),
                        rows.getInt(2),
                        rows.getString(3),
                        Base64.getEncoder().encodeToString(rows.getBytes(4)),
                        rows.getObject(5, OffsetDateTime.class).toInstant(),
                        Optional.ofNullable(rows.getObject(6, OffsetDateTime.class))
                                .map(OffsetDateTime::toInstant)
                                .orElse(null)));
    }

    /** What a rotation did: ids and generations, no key material. */
    public record Rotation(String retiredKeyId, int retiredGeneration, String newKeyId, int newGeneration) {}

    /**
     * Creates the next generation and retires the key in force (erasing its private part), in the caller's
     * transaction. Of two rotations
     * racing, the unique generation lets only one insert; the other fails with a {@link DuplicateKeyException}.
     */
    public Rotation rotate() {
        var inForce = jdbc.query(
                "select key_id, generation from receipt_signing_key where retired_at is null"
                        + " order by generation desc",
                (rows, n) -> new Object[] {rows.getString(1), rows.getInt(2)});
        if (inForce.isEmpty()) {
            throw new IllegalStateException("no receipt signing key is in force");
        }
        var retiredId = (String) inForce.get(0)[0];
        int retiredGeneration = (Integer) inForce.get(0)[1];
        Integer highest = jdbc.queryForObject("select max(generation) from receipt_signing_key", Integer.class);
        int next = (highest == null ? 0 : highest) + 1;
        KeyPair pair;
        try {
            pair = KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("no Ed25519 key generator", e);
        }
        var now = clock.instant().atOffset(ZoneOffset.UTC);
        insert(pair, next, now);
        int updated = jdbc.update(
                "update receipt_signing_key set retired_at = ?, private_key = null where retired_at is null"
                        + " and generation < ?",
                now,
                next);
        if (updated < 1) {
            throw new IllegalStateException("the receipt key in force was retired by someone else meanwhile");
        }
        var newId = keyIdOf(pair.getPublic());
        log.info(
                "Receipt signing key {} (generation {}) retired; key {} (generation {}) in force",
                retiredId,
                retiredGeneration,
                newId,
                next);
        return new Rotation(retiredId, retiredGeneration, newId, next);
    }

    static String keyIdOf(PublicKey publicKey) {
        return HexFormat.of().formatHex(EventHashes.sha256(publicKey.getEncoded()), 0, 8);
    }

    /** The key in force, able to sign. */
    public static final class SigningKey {
        private final StoredKey key;

        private SigningKey(StoredKey key) {
            this.key = key;
        }

        public String keyId() {
            return key.keyId;
        }

        public String publicKeyBase64() {
            return Base64.getEncoder().encodeToString(key.publicKey);
        }

        public String sign(byte[] data) {
            var signer = new Ed25519Signer();
            signer.init(true, key.signing);
            signer.update(data, 0, data.length);
            return Base64.getEncoder().encodeToString(signer.generateSignature());
        }
    }

    // Bouncy Castle's Ed25519 signs the same bytes as the JDK's, 10–15 times faster (docs/benchmarks.md): the
    // JDK 17 implementation took about a millisecond per filing receipt
    private record StoredKey(
            String keyId, byte[] publicKey, Ed25519PublicKeyParameters verifying, Ed25519PrivateKeyParameters signing) {

        boolean verify(byte[] data, String signatureBase64) {
            try {
                var verifier = new Ed25519Signer();
                verifier.init(false, verifying);
                verifier.update(data, 0, data.length);
                return verifier.verifySignature(Base64.getDecoder().decode(signatureBase64));
            } catch (IllegalArgumentException | NullPointerException e) {
                return false;
            }
        }
    }

    private Optional<StoredKey> stored(String keyId) {
        var cached = byId.get(keyId);
        if (cached != null) {
            return Optional.of(cached);
        }
        var found = jdbc.query(
                "select public_key, private_key from receipt_signing_key where key_id = ?",
                (rows, n) -> parse(keyId, rows.getBytes(1), rows.getBytes(2)),
                keyId);
        found.forEach(key -> byId.put(keyId, key));
        return found.stream().findFirst();
    }

    private static StoredKey parse(String keyId, byte[] publicKey, byte[] privateKey) {
        try {
            return new StoredKey(
                    keyId,
                    publicKey,
                    (Ed25519PublicKeyParameters) PublicKeyFactory.createKey(publicKey),
                    privateKey == null ? null : (Ed25519PrivateKeyParameters) PrivateKeyFactory.createKey(privateKey));
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("the stored receipt signing key " + keyId + " is not an Ed25519 key", e);
        }
    }

    private void insert(KeyPair pair, int generation, OffsetDateTime now) {
        jdbc.update(
                "insert into receipt_signing_key (key_id, generation, algorithm, public_key, private_key,"
                        + " created_at) values (?, ?, ?, ?, ?, ?)",
                keyIdOf(pair.getPublic()),
                generation,
                ALGORITHM,
                pair.getPublic().getEncoded(),
                pair.getPrivate().getEncoded(),
                now);
    }

    private void ensureFirstKey(Path legacyFolder) {
        try {
            var factory = KeyFactory.getInstance(ALGORITHM);
            for (int attempt = 0; attempt < 3; attempt++) {
                Long count = jdbc.queryForObject("select count(*) from receipt_signing_key", Long.class);
                if (count != null && count > 0) {
                    return;
                }
                var legacy = legacy(factory, legacyFolder);
                var pair = legacy != null
                        ? legacy
                        : KeyPairGenerator.getInstance(ALGORITHM).generateKeyPair();
                try {
                    insert(pair, 1, clock.instant().atOffset(ZoneOffset.UTC));
                    log.info(
                            legacy != null
                                    ? "Receipt signing key {} imported from {} into the database"
                                    : "Receipt signing key {} created in the database",
                            keyIdOf(pair.getPublic()),
                            legacyFolder);
                    return;
                } catch (DuplicateKeyException anotherInstanceWasFirst) {
                    // read the key the other instance stored
                }
            }
            throw new IllegalStateException("no receipt signing key could be stored or read");
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the receipt signing key is unusable", e);
        }
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
