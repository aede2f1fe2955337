package org.onetrip.testing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.onetrip.organisation.api.StaffMember;
import org.onetrip.organisation.query.StaffDirectory;
import org.onetrip.shared.api.Role;

/** A staff directory of a few fixed accounts, for aggregate tests that put people into posts. */
public final class TestStaff implements StaffDirectory {

    private final Map<String, StaffMember> members = new LinkedHashMap<>();

    public TestStaff(StaffMember... members) {
        for (var member : members) {
            this.members.put(member.personId(), member);
        }
    }

    public static StaffMember member(String personId, String name, Role role, String department) {
        return new StaffMember(personId, name, role, department, true);
    }

    @Override
    public Optional<StaffMember> find(String personId) {
        return Optional.ofNullable(members.get(personId));
    }

    @Override
    public List<StaffMember> fieldStaff() {
        return members.values().stream()
                .filter(StaffMember::enabled)
                .filter(m -> m.role() != Role.AUDITOR && m.role() != Role.ADMIN)
                .toList();
    }
}
