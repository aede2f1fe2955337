package org.onetrip.demo;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.security.StaffAccounts;
import org.onetrip.security.StaffAccounts.NewAccount;
import org.onetrip.shared.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo logins, one per role and one handler per department, all with the password
 * {@value #PASSWORD}. Only in the demo profile (onetrip.demo-accounts), once ({@link DemoSetup}).
 */
@Component
@ConditionalOnProperty(name = "onetrip.demo-accounts", havingValue = "true")
public class DemoAccounts {

    public static final String PASSWORD = "onetrip-demo";
    private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

    private final StaffAccounts accounts;
    private final DepartmentDirectory departments;

    public DemoAccounts(StaffAccounts accounts, DepartmentDirectory departments) {
        this.accounts = accounts;
        this.departments = departments;
    }

    public void create() {
        var all = new ArrayList<>(List.of(
                new NewAccount("admin", Role.ADMIN, "dangzhengban", "系统管理员"),
                new NewAccount("zhang.min", Role.INTAKE, "bianmin", "张敏"),
                new NewAccount("li.qing", Role.DISCIPLINE, "jiwei", "李清"),
                new NewAccount("auditor", Role.AUDITOR, null, "督察评估组")));
        Map<String, String> handlers = new LinkedHashMap<>();
        for (var department : departments.all()) {
            if (department.type() == DepartmentType.OFFICE || department.type() == DepartmentType.VILLAGE) {
                all.add(new NewAccount(
                        "handler." + department.code(), Role.HANDLER, department.code(), department.nameZh() + "承办人"));
                handlers.put(department.code(), "handler." + department.code());
            }
        }
        // the cadres too: one bcrypt hash for all of them, a fifth of a second less before the port opens
        all.addAll(LiaisonDemoAccounts.CADRES);
        accounts.createAll(PASSWORD, all);
        log.info(
                "Demo accounts created (password {}): admin, zhang.min (intake), li.qing (discipline), auditor, "
                        + "a handler per department such as {}, and the cadres zhao.lei, sun.hong, qian.feng",
                PASSWORD,
                handlers.values().iterator().next());
    }
}
