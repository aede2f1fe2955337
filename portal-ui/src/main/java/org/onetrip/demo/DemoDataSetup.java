package org.onetrip.demo;

import org.onetrip.cluster.SetupSteps;
import org.onetrip.cluster.StartupPhases;
import org.onetrip.cluster.StartupStep;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Writes the demo data exactly once, after the web server has opened its port: on a first start the portal answers
 * while the cases, disclosures and service records are written (a few seconds), and readiness
 * ({@code /actuator/health/readiness}) turns to accepting traffic only once they are. A marker row decides
 * ({@link SetupSteps}), not whether cases exist yet, so neither a filing that arrives early nor a second instance
 * starting at the same moment can cancel or double it.
 */
@Component
public class DemoDataSetup extends StartupStep {

    static final String DATA = "demo-data";

    private final SetupSteps steps;
    private final ObjectProvider<DisclosureDemoData> disclosures;
    private final ObjectProvider<ServiceMechanismsDemoData> mechanisms;
    private final ObjectProvider<DemoData> cases;

    public DemoDataSetup(
            SetupSteps steps,
            ObjectProvider<DisclosureDemoData> disclosures,
            ObjectProvider<ServiceMechanismsDemoData> mechanisms,
            ObjectProvider<DemoData> cases) {
        super(StartupPhases.DEMO_DATA);
        this.steps = steps;
        this.disclosures = disclosures;
        this.mechanisms = mechanisms;
        this.cases = cases;
    }

    @Override
    protected void run() {
        var caseData = cases.getIfAvailable();
        if (caseData != null) {
            steps.runOnce(DATA, () -> {
                disclosures.ifAvailable(DisclosureDemoData::load);
                mechanisms.ifAvailable(ServiceMechanismsDemoData::load);
                caseData.load();
            });
        }
    }
}
