package org.onetrip.disclosure.command;

import org.onetrip.disclosure.api.DisclosureRefusalReason;

record Violation(DisclosureRefusalReason reason, String detail) {

    static Violation firstOf(Violation... candidates) {
        for (var candidate : candidates) {
            if (candidate != null) {
                return candidate;
            }
        }
        return null;
    }
}
