package org.onetrip.security;

import java.util.List;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.shared.api.InvalidCommandException;
import org.onetrip.shared.api.Role;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.transaction.annotation.Transactional;

/** Staff accounts: login lookup for Spring Security and the administrator's account management. */
public class StaffAccounts implements UserDetailsService {

    static final int MIN_PASSWORD_LENGTH = 8;

    private final StaffAccountRepository accounts;
    private final PasswordEncoder passwords;
    private final DepartmentDirectory departments;

    public StaffAccounts(StaffAccountRepository accounts, PasswordEncoder passwords, DepartmentDirectory departments) {
        this.accounts = accounts;
        this.passwords = passwords;
        this.departments = departments;
    }

    @Override
    @Transactional(readOnly = true)
    public UserDetails loadUserByUsername(String username) {
        return accounts.findById(username)
                .map(StaffPrincipal::new)
                .orElseThrow(() -> new UsernameNotFoundException("no account " + username));
    }

    @Transactional
    public StaffAccount create(String username, String password, Role role, String departmentCode, String displayName) {
        if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
            throw new InvalidCommandException("username", "3 to 64 lower-case letters, digits, dots, dashes");
        }
        if (accounts.existsById(username)) {
            throw new InvalidCommandException("username", "the account " + username + " exists already");
        }
        checkPassword(password);
        if (departmentCode != null && !departments.exists(departmentCode)) {
            throw new InvalidCommandException("departmentCode", "unknown department: " + departmentCode);
        }
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new InvalidCommandException("displayName", "a name of 1 to 100 characters");
        }
        try {
            return accounts.save(
                    new StaffAccount(username, passwords.encode(password), role, departmentCode, displayName.strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("role", e.getMessage());
        }
    }

    @Transactional(readOnly = true)
    /** The name a staff member is shown by on case histories; empty for an unknown account. */
    public java.util.Optional<String> displayName(String username) {
        return username == null
                ? java.util.Optional.empty()
                : accounts.findById(username).map(StaffAccount::displayName);
    }

    public List<StaffAccount> all() {
        return accounts.findAll(org.springframework.data.domain.Sort.by("username"));
    }

    @Transactional
    public void disable(String username) {
        accounts.findById(username).ifPresent(StaffAccount::disable);
    }

    public boolean isEmpty() {
        return accounts.count() == 0;
    }

    static void checkPassword(String password) {
        if (password == null || password.length() < MIN_PASSWORD_LENGTH || password.length() > 128) {
            throw new InvalidCommandException(
                    "password", "a password of " + MIN_PASSWORD_LENGTH + " to 128 characters");
        }
    }
}
