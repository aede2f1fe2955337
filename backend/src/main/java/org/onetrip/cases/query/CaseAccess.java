package org.onetrip.cases.query;

import org.onetrip.cases.api.CaseState;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;

/**
 * Who may read a case's history: a department handler only a case their department holds or has held
 * (read from the case's events, never from a search document that may lag); the other staff roles every
 * case their screens and endpoints let them reach; the public none (they track by receipt code).
 */
public final class CaseAccess {

    private CaseAccess() {}

    public static boolean mayRead(Actor reader, CaseState state) {
        if (reader == null || !reader.role().isStaff() || !state.exists()) {
            return false;
        }
        return reader.role() != Role.HANDLER || state.heldBy(reader.departmentCode());
    }
}
