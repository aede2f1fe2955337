package org.onetrip.demo;

import org.onetrip.cluster.SetupSteps;
import org.onetrip.cluster.StartupPhases;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * Writes the demo accounts and the demo data (each only where its property is on) while the application starts,
 * after the calendar is seeded and before the web server opens its port, and each exactly once: a marker row
 * decides ({@link SetupSteps}), not whether cases exist yet, so neither a filing that arrives early nor a second
 * instance starting at the same moment can cancel or double it.
 */
@Component
public class DemoSetup implements SmartLifecycle {

    static final String ACCOUNTS = "demo-accounts";
    static final String DATA = "demo-data";

    private final SetupSteps steps;
    private final ObjectProvider<DemoAccounts> accounts;
    private final ObjectProvider<LiaisonDemoAccounts> cadres;
    private final ObjectProvider<DisclosureDemoData> disclosures;
    private final ObjectProvider<ServiceMechanismsDemoData> mechanisms;
    private final ObjectProvider<DemoData> cases;
    private volatile boolean running;

    public DemoSetup(
            SetupSteps steps,
            ObjectProvider<DemoAccounts> accounts,
            ObjectProvider<LiaisonDemoAccounts> cadres,
            ObjectProvider<DisclosureDemoData> disclosures,
            ObjectProvider<ServiceMechanismsDemoData> mechanisms,
            ObjectProvider<DemoData> cases) {
        this.steps = steps;
        this.accounts = accounts;
        this.cadres = cadres;
        this.disclosures = disclosures;
        this.mechanisms = mechanisms;
        this.cases = cases;
    }

    @Override
    public void start() {
        accounts.ifAvailable(demo -> steps.runOnce(ACCOUNTS, demo::create));
        cadres.ifAvailable(LiaisonDemoAccounts::create);
        var caseData = cases.getIfAvailable();
        if (caseData != null) {
            steps.runOnce(DATA, () -> {
                disclosures.ifAvailable(DisclosureDemoData::load);
                mechanisms.ifAvailable(ServiceMechanismsDemoData::load);
                caseData.load();
            });
        }
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
