package org.onetrip.privacy.command;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.EncryptedContact;

/**
 * AES-256-GCM with a random 96-bit IV per encryption and a 128-bit tag. The associated data
 * {@code "onetrip-contact:" + caseId + ":" + keyId} binds a ciphertext to its case and key, so it
 * cannot be copied into another case's event and decrypt there.
 */
public class AesGcmContactVault implements ContactVault {

    private static final int IV_BYTES = 12;
    private static final int TAG_BITS = 128;
    private static final ObjectMapper JSON = new ObjectMapper();

    private final ContactKeyStore keys;
    private final SecureRandom random = new SecureRandom();

    public AesGcmContactVault(ContactKeyStore keys) {
        this.keys = keys;
    }

    @Override
    public EncryptedContact seal(String caseId, ContactDetails contact) {
        // the new key's bytes as created, not read back (and unwrapped) from the store
        var key = keys.create();
        var keyId = key.id();
        var iv = new byte[IV_BYTES];
        random.nextBytes(iv);
        try {
            var cipher = cipher(Cipher.ENCRYPT_MODE, key.bytes(), iv, caseId, keyId);
            var sealed = cipher.doFinal(JSON.writeValueAsBytes(contact));
            var envelope = ByteBuffer.allocate(iv.length + sealed.length)
                    .put(iv)
                    .put(sealed)
                    .array();
            return new EncryptedContact(keyId, Base64.getEncoder().encodeToString(envelope));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("cannot encrypt contact data", e);
        } finally {
            Arrays.fill(key.bytes(), (byte) 0);
        }
    }

    @Override
    public Optional<ContactDetails> open(String caseId, EncryptedContact sealed) {
        var key = keys.find(sealed.keyId());
        if (key.isEmpty()) {
            return Optional.empty();
        }
        var envelope = Base64.getDecoder().decode(sealed.ciphertext());
        try {
            var cipher = cipher(
                    Cipher.DECRYPT_MODE,
                    key.get(),
                    java.util.Arrays.copyOf(envelope, IV_BYTES),
                    caseId,
                    sealed.keyId());
            var plain = cipher.doFinal(envelope, IV_BYTES, envelope.length - IV_BYTES);
            return Optional.of(JSON.readValue(plain, ContactDetails.class));
        } catch (GeneralSecurityException | IOException e) {
            throw new IllegalStateException("contact data of case " + caseId + " does not decrypt", e);
        }
    }

    @Override
    public void destroy(String keyId) {
        keys.erase(keyId);
    }

    private static Cipher cipher(int mode, byte[] key, byte[] iv, String caseId, String keyId)
            throws GeneralSecurityException {
        var cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(mode, new SecretKeySpec(key, "AES"), new GCMParameterSpec(TAG_BITS, iv));
        cipher.updateAAD(("onetrip-contact:" + caseId + ":" + keyId).getBytes(StandardCharsets.UTF_8));
        return cipher;
    }
}
