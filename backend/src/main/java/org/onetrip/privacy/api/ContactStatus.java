package org.onetrip.privacy.api;

public enum ContactStatus {
    /** Decrypted (or, for cases filed before encryption, read as stored). */
    AVAILABLE,
    /** The key was destroyed: nothing can be read any more. */
    ERASED,
    /** The complainant left no contact data. */
    NONE
}
