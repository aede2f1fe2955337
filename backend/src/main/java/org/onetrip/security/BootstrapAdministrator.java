package org.onetrip.security;

import org.onetrip.cluster.SetupSteps;
import org.onetrip.cluster.StartupPhases;
import org.onetrip.cluster.StartupStep;
import org.onetrip.shared.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * The first administrator of a production deployment, which has no demo accounts: when
 * {@code onetrip.bootstrap-admin.password} is set (e.g. {@code ONETRIP_BOOTSTRAP_ADMIN_PASSWORD}) and no staff account
 * exists yet, an account {@code onetrip.bootstrap-admin.username} (default {@code admin}) with that password is created
 * once for the whole cluster. Everyone else is then created on the administrator's page; change this password there
 * and remove the variable.
 */
@Component
public class BootstrapAdministrator extends StartupStep {

    private static final Logger log = LoggerFactory.getLogger(BootstrapAdministrator.class);

    private final StaffAccounts accounts;
    private final SetupSteps steps;
    private final String username;
    private final String password;

    public BootstrapAdministrator(
            StaffAccounts accounts,
            SetupSteps steps,
            @Value("${onetrip.bootstrap-admin.username:admin}") String username,
            @Value("${onetrip.bootstrap-admin.password:}") String password) {
        super(StartupPhases.DEMO);
        this.accounts = accounts;
        this.steps = steps;
        this.username = username;
        this.password = password;
    }

    @Override
    protected void run() {
        if (password == null || password.isBlank() || !accounts.isEmpty()) {
            return;
        }
        steps.runOnce("bootstrap-admin", () -> {
            accounts.create(username, password, Role.ADMIN, null, "系统管理员");
            log.info("Created the first administrator account {}; set its password on the admin page", username);
        });
    }
}
