package org.onetrip.startup;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Only in the build's training start ({@code onetrip.cds-training=true}, portal-ui/pom.xml): once the application is
 * ready, asks for its home page once and exits, so that the class data sharing archive recorded at exit holds the
 * classes of a whole start up to the first page served, not only those loaded until the context refreshed. A start
 * from that archive served its first page 0.7 s sooner (docs/benchmarks.md, round 12).
 */
@Component
class ClassDataSharingTraining {

    private static final Logger log = LoggerFactory.getLogger(ClassDataSharingTraining.class);
    private static final Duration GIVE_UP = Duration.ofMinutes(3);
    private static final Duration SETTLE = Duration.ofSeconds(2);

    // read at run time, not a condition: the training start takes the definitions prepared ahead of time, which
    // hold the build's conditions (AheadOfTimeStart)
    private final boolean training;

    ClassDataSharingTraining(@Value("${onetrip.cds-training:false}") boolean training) {
        this.training = training;
    }

    @EventListener
    void trainAndExit(ApplicationReadyEvent ready) {
        if (!training) {
            return;
        }
        var context = ready.getApplicationContext();
        var base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
        // not on the thread that announced readiness: steps after it (the demo data) must go on meanwhile
        var training = new Thread(
                () -> System.exit(firstPageServed(base, GIVE_UP) ? SpringApplication.exit(context, () -> 0) : 1),
                "cds-training");
        training.setDaemon(true);
        training.start();
    }

    /** Waits until readiness says so, then asks for the home page; false when either did not answer in time. */
    static boolean firstPageServed(URI base, Duration giveUp) {
        var http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
        long deadline = System.nanoTime() + giveUp.toNanos();
        try {
            while (status(http, base.resolve("/actuator/health/readiness")) != 200) {
                if (System.nanoTime() > deadline) {
                    log.error("Training start: not ready after {}", giveUp);
                    return false;
                }
                Thread.sleep(200);
            }
            int home = status(http, base.resolve("/"));
            if (home != 200) {
                log.error("Training start: the home page answered {}", home);
                return false;
            }
            // what a start sets going in the background (processors catching up, first scheduled rounds) loads
            // classes too, competing with the first page for the CPU
            Thread.sleep(SETTLE.toMillis());
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    private static int status(HttpClient http, URI uri) throws InterruptedException {
        try {
            return http.send(
                            HttpRequest.newBuilder(uri)
                                    .timeout(Duration.ofSeconds(30))
                                    .build(),
                            HttpResponse.BodyHandlers.discarding())
                    .statusCode();
        } catch (IOException e) {
            return -1;
        }
    }
}
