package org.onetrip;

import org.onetrip.startup.AheadOfTimeStart;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OneTripApplication {
    public static void main(String[] args) {
        // A township server should not phone AxonIQ for update checks.
        System.setProperty("axoniq.update-checker.disabled", "true");
        var application = new SpringApplication(OneTripApplication.class);
        application.addListeners(new AheadOfTimeStart(OneTripApplication.class));
        application.run(args);
    }
}
