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
        checkPassword(password);
        var account = new NewAccount(username, role, departmentCode, displayName);
        check(account);
        return save(account, passwords.encode(password));
    }

    /**
     * Accounts that share one password, hashed once for all of them: the demo's two dozen accounts, whose password is
     * published anyway, would otherwise cost a bcrypt hash each while the application starts.
     */
    @Transactional
    public void createAll(String password, List<NewAccount> newAccounts) {
        checkPassword(password);
        newAccounts.forEach(this::check);
        if (newAccounts.stream().map(NewAccount::username).distinct().count() != newAccounts.size()) {
            throw new InvalidCommandException("username", "the same username twice");
        }
        var hash = passwords.encode(password);
        newAccounts.forEach(account -> save(account, hash));
    }

    private void check(NewAccount account) {
        var username = account.username();
        if (username == null || !username.matches("[a-z0-9._-]{3,64}")) {
            throw new InvalidCommandException("username", "3 to 64 lower-case letters, digits, dots, dashes");
        }
        if (accounts.existsById(username)) {
            throw new InvalidCommandException("username", "the account " + username + " exists already");
        }
        if (account.departmentCode() != null && !departments.exists(account.departmentCode())) {
            throw new InvalidCommandException("departmentCode", "unknown department: " + account.departmentCode());
        }
        var displayName = account.displayName();
        if (displayName == null || displayName.isBlank() || displayName.length() > 100) {
            throw new InvalidCommandException("displayName", "a name of 1 to 100 characters");
        }
    }

    private StaffAccount save(NewAccount account, String hash) {
        try {
            return accounts.save(new StaffAccount(
                    account.username(),
                    hash,
                    account.role(),
                    account.departmentCode(),
                    account.displayName().strip()));
        } catch (IllegalArgumentException e) {
            throw new InvalidCommandException("role", e.getMessage());
        }
    }

    /** What a new account is, apart from its password. */
    public record NewAccount(String username, Role role, String departmentCode, String displayName) {}

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
