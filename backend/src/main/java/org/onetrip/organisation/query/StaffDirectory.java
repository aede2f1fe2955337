package org.onetrip.organisation.query;

import java.util.List;
import java.util.Optional;
import org.onetrip.organisation.api.StaffMember;

/** The township's staff accounts, for features that put people into posts (grid cadres, liaison cadres). */
public interface StaffDirectory {

    Optional<StaffMember> find(String personId);

    /** Enabled accounts that may hold a post out in the township: everyone but auditors and administrators. */
    List<StaffMember> fieldStaff();
}
