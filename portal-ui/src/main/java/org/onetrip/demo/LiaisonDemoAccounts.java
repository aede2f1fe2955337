package org.onetrip.demo;

import java.util.List;
import org.onetrip.security.StaffAccountRepository;
import org.onetrip.security.StaffAccounts;
import org.onetrip.security.StaffAccounts.NewAccount;
import org.onetrip.shared.api.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.stereotype.Component;

/**
 * Demo logins of the cadres who go out on grid and enterprise visits (password {@value DemoAccounts#PASSWORD}):
 * 赵磊 of 党政办 (联村领导, and the office that runs the grids and the enterprise register), 孙红 of 民政所
 * (联网格干部) and 钱峰 of 项目办 (enterprise liaison cadre). Created once, in the demo profile only.
 */
@Component
@ConditionalOnProperty(name = "onetrip.demo-accounts", havingValue = "true")
public class LiaisonDemoAccounts {

    private static final Logger log = LoggerFactory.getLogger(LiaisonDemoAccounts.class);

    static final List<NewAccount> CADRES = List.of(
            new NewAccount("zhao.lei", Role.HANDLER, "dangzhengban", "赵磊"),
            new NewAccount("sun.hong", Role.HANDLER, "minzheng", "孙红"),
            new NewAccount("qian.feng", Role.HANDLER, "xiangmu", "钱峰"));

    private final StaffAccounts accounts;
    private final StaffAccountRepository repository;

    public LiaisonDemoAccounts(StaffAccounts accounts, StaffAccountRepository repository) {
        this.accounts = accounts;
        this.repository = repository;
    }

    /**
     * Called by {@link DemoSetup} before the demo data, which names these cadres; does nothing once they exist (a new
     * data folder gets them with the other demo accounts, {@link DemoAccounts#create}, in one password hash).
     */
    public void create() {
        if (repository.existsById("zhao.lei")) {
            return;
        }
        accounts.createAll(DemoAccounts.PASSWORD, CADRES);
        log.info("Demo cadre accounts created: zhao.lei (党政办), sun.hong (民政所), qian.feng (项目办)");
    }
}
