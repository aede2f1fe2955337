package org.onetrip.privacy.command;

import java.util.Optional;
import org.onetrip.privacy.api.ContactDetails;
import org.onetrip.privacy.api.EncryptedContact;

/** Encrypts contact data under a new key per complainant, and decrypts it while the key exists. */
public interface ContactVault {

    /** Creates a key for this complainant and encrypts the contact, bound to the case. */
    EncryptedContact seal(String caseId, ContactDetails contact);

    /** The contact, or empty when its key has been destroyed. */
    Optional<ContactDetails> open(String caseId, EncryptedContact sealed);

    /** Destroys the key, making every copy of the ciphertext unreadable. */
    void destroy(String keyId);
}
