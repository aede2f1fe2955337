package org.onetrip.integrity.receipt;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HexFormat;
import org.bouncycastle.crypto.params.Ed25519PrivateKeyParameters;
import org.bouncycastle.crypto.params.Ed25519PublicKeyParameters;
import org.bouncycastle.crypto.signers.Ed25519Signer;
import org.bouncycastle.crypto.util.PrivateKeyFactory;
import org.bouncycastle.crypto.util.PublicKeyFactory;
import org.onetrip.integrity.chain.EventHashes;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The service's Ed25519 receipt key, generated on first start into {@code onetrip.integrity.key-dir}
 * (default {@code <data-dir>/integrity}): {@code receipt-key.pk8} (private, owner-only) and
 * {@code receipt-key.pub} (X.509). Back the folder up: receipts signed with a lost key stay checkable
 * only while its public key is published.
 */
@Component
public class ReceiptKeys {

    private final KeyPair keys;
    private final String keyId;
    // Bouncy Castle's Ed25519 signs the same bytes as the JDK's, 10–15 times faster (docs/benchmarks.md): the
    // JDK 17 implementation took about a millisecond per filing receipt
    private final Ed25519PrivateKeyParameters signingKey;
    private final Ed25519PublicKeyParameters verifyingKey;

    public ReceiptKeys(@Value("${onetrip.integrity.key-dir:${onetrip.data-dir:./data}/integrity}") Path folder) {
        this.keys = loadOrCreate(folder);
        try {
            this.signingKey = (Ed25519PrivateKeyParameters)
                    PrivateKeyFactory.createKey(keys.getPrivate().getEncoded());
            this.verifyingKey = (Ed25519PublicKeyParameters)
                    PublicKeyFactory.createKey(keys.getPublic().getEncoded());
        } catch (IOException | ClassCastException e) {
            throw new IllegalStateException("the receipt key in " + folder + " is not an Ed25519 key", e);
        }
        this.keyId =
                HexFormat.of().formatHex(EventHashes.sha256(keys.getPublic().getEncoded()), 0, 8);
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

    private static KeyPair loadOrCreate(Path folder) {
        var privateFile = folder.resolve("receipt-key.pk8");
        var publicFile = folder.resolve("receipt-key.pub");
        try {
            var factory = KeyFactory.getInstance("Ed25519");
            if (Files.exists(privateFile) && Files.exists(publicFile)) {
                PrivateKey privateKey =
                        factory.generatePrivate(new PKCS8EncodedKeySpec(Files.readAllBytes(privateFile)));
                PublicKey publicKey = factory.generatePublic(new X509EncodedKeySpec(Files.readAllBytes(publicFile)));
                return new KeyPair(publicKey, privateKey);
            }
            Files.createDirectories(folder);
            var pair = KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
            Files.write(privateFile, pair.getPrivate().getEncoded());
            try {
                Files.setPosixFilePermissions(privateFile, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's ACL is what protects it.
            }
            Files.write(publicFile, pair.getPublic().getEncoded());
            return pair;
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the receipt key in " + folder, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the receipt key in " + folder + " is unusable", e);
        }
    }
}
