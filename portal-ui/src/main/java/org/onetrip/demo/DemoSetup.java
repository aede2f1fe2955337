package org.onetrip.demo;

import org.onetrip.cluster.SetupSteps;
import org.onetrip.cluster.StartupPhases;
import org.onetrip.cluster.StartupStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes the demo accounts (each set only where its property is on) while the application starts, after the
 * calendar is seeded and before the web server opens its port, so the first sign-in finds them; once, as a marker row
 * decides ({@link SetupSteps}). The demo data follows once the port is open ({@link DemoDataSetup}).
 */
@Component
public class DemoSetup extends StartupStep {

    static final String ACCOUNTS = "demo-accounts";

    private final SetupSteps steps;
    private final ObjectProvider<DemoAccounts> accounts;
    private final ObjectProvider<LiaisonDemoAccounts> cadres;

    public DemoSetup(
            SetupSteps steps, ObjectProvider<DemoAccounts> accounts, ObjectProvider<LiaisonDemoAccounts> cadres) {
        super(StartupPhases.DEMO);
        this.steps = steps;
        this.accounts = accounts;
        this.cadres = cadres;
    }

    @Override
    protected void run() {
        accounts.ifAvailable(demo -> steps.runOnce(ACCOUNTS, demo::create));
        cadres.ifAvailable(LiaisonDemoAccounts::create);
    }
}
