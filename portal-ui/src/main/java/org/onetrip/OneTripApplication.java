package org.onetrip;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OneTripApplication {
    public static void main(String[] args) {
        // A township server should not phone AxonIQ for update checks.
        System.setProperty("axoniq.update-checker.disabled", "true");
        SpringApplication.run(OneTripApplication.class, args);
    }
}
