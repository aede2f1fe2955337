package org.onetrip.demo;

import org.onetrip.cluster.SetupSteps;
import org.onetrip.cluster.StartupPhases;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes the demo accounts (each set only where its property is on) while the application starts, after the
 * calendar is seeded and before the web server opens its port, so the first sign-in finds them; once, as a marker row
 * decides ({@link SetupSteps}). The demo data follows once the port is open ({@link DemoDataSetup}).
 */
@Component
public class DemoSetup implements SmartLifecycle {

    static final String ACCOUNTS = "demo-accounts";

    private final SetupSteps steps;
    private final ObjectProvider<DemoAccounts> accounts;
    private final ObjectProvider<LiaisonDemoAccounts> cadres;
    private volatile boolean running;

    public DemoSetup(
            SetupSteps steps, ObjectProvider<DemoAccounts> accounts, ObjectProvider<LiaisonDemoAccounts> cadres) {
        this.steps = steps;
        this.accounts = accounts;
        this.cadres = cadres;
    }

    @Override
    public void start() {
        accounts.ifAvailable(demo -> steps.runOnce(ACCOUNTS, demo::create));
        cadres.ifAvailable(LiaisonDemoAccounts::create);
        running = true;
    }

    @Override
    public void stop() {
        running = false;
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    @Override
    public int getPhase() {
        return StartupPhases.DEMO;
    }
}
