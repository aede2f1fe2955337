package org.onetrip.security;

import java.util.List;
import java.util.Optional;
import org.onetrip.organisation.api.StaffMember;
import org.onetrip.organisation.query.StaffDirectory;
import org.onetrip.shared.api.Role;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The staff directory read from the account table. */
@Component
public class StaffAccountDirectory implements StaffDirectory {

    private final StaffAccountRepository accounts;

    public StaffAccountDirectory(StaffAccountRepository accounts) {
        this.accounts = accounts;
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<StaffMember> find(String personId) {
        return personId == null ? Optional.empty() : accounts.findById(personId).map(StaffAccountDirectory::member);
    }

    @Override
    @Transactional(readOnly = true)
    public List<StaffMember> fieldStaff() {
        return accounts.findAll(Sort.by("username")).stream()
                .filter(StaffAccount::enabled)
                .filter(account -> account.role() != Role.AUDITOR && account.role() != Role.ADMIN)
                .map(StaffAccountDirectory::member)
                .toList();
    }

    private static StaffMember member(StaffAccount account) {
        return new StaffMember(
                account.username(), account.displayName(), account.role(), account.departmentCode(), account.enabled());
    }
}
