package org.onetrip.integrity.api;

/**
 * Proof of filing, signed with the service's Ed25519 key over the canonical JSON of every other field
 * (docs/integrity.md). {@code caseCommitment} = SHA-256("onetrip-case:" + case id): it binds the case
 * without handing the public the internal id. {@code contentHash} = SHA-256 of the canonical
 * {@code {"description":…,"title":…}} as filed; {@code chainHead} = the case's last event hash then.
 */
public record FilingReceipt(
        int version,
        String receiptCode,
        String caseCommitment,
        String filedAt,
        String contentHash,
        String chainHead,
        String keyId,
        String signature) {}
