package org.onetrip.cases.command;

import org.onetrip.cases.api.RefusalReason;

/** A broken rule: which, and a sentence for the record. A rule that holds answers null. */
record Violation(RefusalReason reason, String detail) {

    /** The first rule broken, in the order given, or null when all hold. */
    static Violation firstOf(Violation... candidates) {
        for (var candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
