package org.onetrip.security;

import java.util.List;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Role;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.User;

/** The logged-in staff member as Spring Security holds them, able to say which actor they are. */
public class StaffPrincipal extends User {

    private final Role role;
    private final String departmentCode;
    private final String displayName;

    public StaffPrincipal(StaffAccount account) {
        super(
                account.username(),
                account.passwordHash(),
                account.enabled(),
                true,
                true,
                true,
                List.of(new SimpleGrantedAuthority("ROLE_" + account.role().name())));
        this.role = account.role();
        this.departmentCode = account.departmentCode();
        this.displayName = account.displayName();
    }

    public Actor actor() {
        return new Actor(getUsername(), role, departmentCode);
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
}
