package org.onetrip.oversight.admin.ui;

import org.onetrip.shared.api.Role;

/** An account as the administrator enters it; the department is needed for handlers. */
public record NewAccount(String username, String displayName, Role role, String departmentCode, String password) {

    @Override
    public String toString() {
        return "NewAccount[" + username + ", " + role + ", " + departmentCode + "]";
    }
}
