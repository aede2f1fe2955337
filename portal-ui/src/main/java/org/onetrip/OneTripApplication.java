package org.onetrip;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class OneTripApplication {
    public static void main(String[] args) {
        SpringApplication.run(OneTripApplication.class, args);
    }
}
