package org.onetrip.integrity.api;

/** The one ledger aggregate that holds every published checkpoint, in order. */
public final class IntegrityCheckpoints {
    public static final String LEDGER_ID = "integrity-checkpoints";

    private IntegrityCheckpoints() {}
}
