package org.onetrip.startup;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class ClassDataSharingTrainingTest {

    final List<String> asked = new CopyOnWriteArrayList<>();
    HttpServer server;

    @AfterEach
    void stop() {
        server.stop(0);
    }

    @Test
    void the_training_start_asks_for_the_home_page_only_once_the_application_is_ready() throws Exception {
        var readinessAnswers = new AtomicInteger();
        var base = serve(200, () -> readinessAnswers.incrementAndGet() < 3 ? 503 : 200);

        assertThat(ClassDataSharingTraining.firstPageServed(base, Duration.ofSeconds(30)))
                .isTrue();

        assertThat(asked)
                .containsExactly(
                        "/actuator/health/readiness", "/actuator/health/readiness", "/actuator/health/readiness", "/");
    }

    @Test
    void a_training_start_that_never_gets_ready_gives_up_without_asking_for_the_page() throws Exception {
        var base = serve(200, () -> 503);

        assertThat(ClassDataSharingTraining.firstPageServed(base, Duration.ofMillis(500)))
                .isFalse();

        assertThat(asked).isNotEmpty().doesNotContain("/");
    }

    @Test
    void a_home_page_that_fails_fails_the_training() throws Exception {
        var base = serve(500, () -> 200);

        assertThat(ClassDataSharingTraining.firstPageServed(base, Duration.ofSeconds(30)))
                .isFalse();
    }

    private URI serve(int home, java.util.function.IntSupplier readiness) throws Exception {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            var path = exchange.getRequestURI().getPath();
            asked.add(path);
            int status = path.equals("/actuator/health/readiness") ? readiness.getAsInt() : home;
            exchange.sendResponseHeaders(status, -1);
            exchange.close();
        });
        server.start();
        return URI.create("http://127.0.0.1:" + server.getAddress().getPort());
    }
}
