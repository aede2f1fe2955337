package org.onetrip.security;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import org.onetrip.shared.api.Role;

/** A staff login: one role, and for handlers the department they act for. Passwords are stored hashed. */
@Entity
@Table(name = "staff_account")
public class StaffAccount {

    @Id
    @Column(length = 64)
    private String username;

    @Column(nullable = false, length = 200)
    private String passwordHash;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false, length = 32)
    private Role role;

    @Column(length = 64)
    private String departmentCode;

    @Column(nullable = false, length = 100)
    private String displayName;

    @Column(nullable = false)
    private boolean enabled;

    protected StaffAccount() {}

    public StaffAccount(String username, String passwordHash, Role role, String departmentCode, String displayName) {
        if (role == Role.PUBLIC || role == Role.SYSTEM) {
            throw new IllegalArgumentException("staff accounts carry a staff role, not " + role);
        }
        if (role == Role.HANDLER && (departmentCode == null || departmentCode.isBlank())) {
            throw new IllegalArgumentException("a handler account must name its department");
        }
        this.username = username;
        this.passwordHash = passwordHash;
        this.role = role;
        this.departmentCode = departmentCode;
        this.displayName = displayName;
        this.enabled = true;
    }

    public String username() {
        return username;
    }

    public String passwordHash() {
        return passwordHash;
    }

    public Role role() {
        return role;
    }

    public String departmentCode() {
        return departmentCode;
    }

    public String displayName() {
        return displayName;
    }

    public boolean enabled() {
        return enabled;
    }

    public void disable() {
        this.enabled = false;
    }

    public void changeRole(Role role, String departmentCode) {
        this.role = role;
        this.departmentCode = departmentCode;
    }

    public void changePasswordHash(String passwordHash) {
        this.passwordHash = passwordHash;
    }
}
