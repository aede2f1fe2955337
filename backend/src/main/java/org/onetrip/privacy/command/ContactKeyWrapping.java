package org.onetrip.privacy.command;

import com.google.crypto.tink.Aead;
import com.google.crypto.tink.InsecureSecretKeyAccess;
import com.google.crypto.tink.KeysetHandle;
import com.google.crypto.tink.RegistryConfiguration;
import com.google.crypto.tink.TinkJsonProtoKeysetFormat;
import com.google.crypto.tink.aead.AeadConfig;
import com.google.crypto.tink.aead.PredefinedAeadParameters;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.GeneralSecurityException;
import java.util.function.LongSupplier;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The key-encryption key (KEK) that wraps every per-complainant contact key before it is stored: a Tink AEAD keyset
 * (AES-256-GCM) held outside the database, either in the environment secret {@code onetrip.privacy.kek.keyset}
 * (Tink JSON) or in the file {@code onetrip.privacy.kek.keyset-file}. The embedded default creates the file on first
 * start, in its data folder, and warns to back it up. A wrapped key is bound to its key id (associated data), so a
 * wrapped key copied onto another row does not unwrap there.
 *
 * <p>Rotation, file-held keyset only ({@link #addPrimary()}, then re-wrap, then {@link #dropAllButPrimary()}): the
 * keyset keeps the old key until every stored contact key is wrapped under the new one, so no key is unreadable at
 * any moment. An environment-held keyset is rotated by the operator with Tink's own tool (docs/operations.md).
 */
public final class ContactKeyWrapping {

    private static final Logger log = LoggerFactory.getLogger(ContactKeyWrapping.class);

    static {
        try {
            AeadConfig.register();
        } catch (GeneralSecurityException e) {
            throw new ExceptionInInitializerError(e);
        }
    }

    private final Path file;
    private volatile KeysetHandle keyset;
    private volatile Aead aead;

    private ContactKeyWrapping(KeysetHandle keyset, Path file) {
        this.file = file;
        use(keyset);
    }

    /**
     * The keyset from the environment secret when one is given, else from the file; the file is created when absent,
     * unless {@code wrappedKeys} says keys were already wrapped under a keyset that must then have been lost.
     */
    public static ContactKeyWrapping load(String secretKeyset, Path file, LongSupplier wrappedKeys) {
        try {
            if (secretKeyset != null && !secretKeyset.isBlank()) {
                return new ContactKeyWrapping(
                        TinkJsonProtoKeysetFormat.parseKeyset(secretKeyset, InsecureSecretKeyAccess.get()), null);
            }
            if (Files.exists(file)) {
                return new ContactKeyWrapping(
                        TinkJsonProtoKeysetFormat.parseKeyset(
                                Files.readString(file, StandardCharsets.UTF_8), InsecureSecretKeyAccess.get()),
                        file);
            }
            long wrapped = wrappedKeys.getAsLong();
            if (wrapped > 0) {
                throw new IllegalStateException(wrapped + " contact keys are wrapped under a key-encryption key, but"
                        + " its keyset file " + file + " is missing and no keyset is configured: restore the file"
                        + " from its backup (a new keyset could not unwrap them)");
            }
            var created = new ContactKeyWrapping(KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), file);
            created.write();
            log.warn(
                    "Created the key-encryption keyset {} that protects complainants' contact keys. Back it up"
                            + " apart from the database: without it no stored contact data can be read",
                    file);
            return created;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key-encryption keyset is not a valid Tink AEAD keyset", e);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read or create the key-encryption keyset " + file, e);
        }
    }

    /** A keyset given as Tink JSON, held in memory only (tests, or a secret handed over by other means). */
    public static ContactKeyWrapping of(String keysetJson) {
        return load(keysetJson, null, () -> 0);
    }

    /** A new random keyset as Tink JSON: what an operator puts into the environment secret. */
    public static String newKeysetJson() {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(
                    KeysetHandle.generateNew(PredefinedAeadParameters.AES256_GCM), InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot create a keyset", e);
        }
    }

    public byte[] wrap(String keyId, byte[] key) {
        try {
            return aead.encrypt(key, associatedData(keyId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot wrap contact key " + keyId, e);
        }
    }

    /** Unwraps with whichever key of the keyset wrapped it. */
    public byte[] unwrap(String keyId, byte[] wrapped) {
        try {
            return aead.decrypt(wrapped, associatedData(keyId));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(
                    "contact key " + keyId + " does not unwrap under the configured key-encryption keyset", e);
        }
    }

    /** The Tink id of the key that wraps new keys (not secret). */
    public int primaryKeyId() {
        return keyset.getPrimary().getId();
    }

    /** How many keys the keyset holds (1, except during a rotation). */
    public int size() {
        return keyset.size();
    }

    public boolean rotatable() {
        return file != null;
    }

    /** Adds a new key and makes it the one that wraps; the old keys still unwrap. Written to the file first. */
    public synchronized void addPrimary() {
        requireFile();
        try {
            var next = KeysetHandle.newBuilder(keyset)
                    .addEntry(KeysetHandle.generateEntryFromParameters(PredefinedAeadParameters.AES256_GCM)
                            .withRandomId()
                            .makePrimary())
                    .build();
            write(next);
            use(next);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot add a key to the key-encryption keyset", e);
        }
    }

    /** Destroys every key but the primary: call only once every stored key is wrapped under the primary. */
    public synchronized void dropAllButPrimary() {
        requireFile();
        try {
            var builder = KeysetHandle.newBuilder(keyset);
            for (int i = builder.size() - 1; i >= 0; i--) {
                if (!builder.getAt(i).isPrimary()) {
                    builder.deleteAt(i);
                }
            }
            var next = builder.build();
            write(next);
            use(next);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot drop the old keys of the key-encryption keyset", e);
        }
    }

    /** The keyset as Tink JSON, secret included: for the tests and the operator's backup tooling only. */
    String keysetJson() {
        try {
            return TinkJsonProtoKeysetFormat.serializeKeyset(keyset, InsecureSecretKeyAccess.get());
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private void requireFile() {
        if (file == null) {
            throw new IllegalStateException("the key-encryption keyset comes from the environment: rotate it with"
                    + " Tinkey and re-wrap (docs/operations.md)");
        }
    }

    private void use(KeysetHandle next) {
        try {
            this.aead = next.getPrimitive(RegistryConfiguration.get(), Aead.class);
            this.keyset = next;
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the key-encryption keyset gives no AEAD", e);
        }
    }

    private void write() {
        write(keyset);
    }

    private void write(KeysetHandle handle) {
        try {
            Files.createDirectories(file.toAbsolutePath().getParent());
            var temporary = file.resolveSibling(file.getFileName() + ".new");
            Files.writeString(
                    temporary,
                    TinkJsonProtoKeysetFormat.serializeKeyset(handle, InsecureSecretKeyAccess.get()),
                    StandardCharsets.UTF_8);
            try {
                Files.setPosixFilePermissions(temporary, PosixFilePermissions.fromString("rw-------"));
            } catch (UnsupportedOperationException notPosix) {
                // Windows: the folder's permissions protect it
            }
            Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write the key-encryption keyset " + file, e);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("cannot serialize the key-encryption keyset", e);
        }
    }

    private static byte[] associatedData(String keyId) {
        return ("onetrip-contact-key:" + keyId).getBytes(StandardCharsets.UTF_8);
    }
}
