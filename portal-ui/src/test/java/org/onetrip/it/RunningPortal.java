package org.onetrip.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.ServletContext;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onetrip.OneTripApplication;
import org.onetrip.testing.ProjectionsCaughtUp;
import org.onetrip.testing.SharedSearchNode;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.web.context.WebApplicationContext;

/**
 * The real application on its embedded default, on a data folder of the test's choosing, spoken to over HTTP; its
 * indices are on the test JVM's {@link SharedSearchNode}.
 */
public final class RunningPortal implements AutoCloseable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final ConfigurableApplicationContext context;
    private final HttpClient http = HttpClient.newHttpClient();
    private final String base;

    private RunningPortal(ConfigurableApplicationContext context) {
        this.context = context;
        this.base = "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    public static RunningPortal start(Path dataDir, String... extraProperties) {
        System.setProperty("axoniq.update-checker.disabled", "true");
        var properties = new LinkedHashMap<String, String>();
        for (var property : List.of(
                "onetrip.data-dir=" + dataDir,
                "server.port=0",
                "onetrip.demo-data=false",
                "onetrip.demo-accounts=true",
                "onetrip.rate-limit.filings-per-hour=100000",
                "onetrip.rate-limit.lookups-per-minute=100000",
                "onetrip.integrity.checkpoint.cron=-",
                "onetrip.privacy.retention=-",
                "onetrip.notifications.enabled=false",
                "spring.main.banner-mode=off")) {
            properties.put(property.substring(0, property.indexOf('=')), property);
        }
        for (var property : SharedSearchNode.properties(dataDir)) {
            properties.put(property.substring(0, property.indexOf('=')), property);
        }
        for (var property : extraProperties) {
            properties.put(property.substring(0, property.indexOf('=')), property);
        }
        // As arguments, because defaults set on the builder lose to application.yml.
        return new RunningPortal(new SpringApplicationBuilder(OneTripApplication.class)
                .run(properties.values().stream()
                        .map(property -> "--" + property)
                        .toArray(String[]::new)));
    }

    String baseUrl() {
        return base;
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public <T> T bean(String name, Class<T> type) {
        return context.getBean(name, type);
    }

    /** The servlet context the portal runs in, for requests handed to its filters directly. */
    public ServletContext servletContext() {
        return ((WebApplicationContext) context).getServletContext();
    }

    public boolean hasBean(Class<?> type) {
        return context.getBeanNamesForType(type).length > 0;
    }

    /** Returns once every projection has processed every event stored so far, and its writes are searchable. */
    public void awaitProjections() {
        ProjectionsCaughtUp.await(context, Duration.ofSeconds(60));
    }

    Reply get(String path, Map<String, String> headers) {
        return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), headers);
    }

    Reply post(String path, Object body, Map<String, String> headers) {
        try {
            var json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
            return send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/json")
                            .POST(HttpRequest.BodyPublishers.ofString(json)),
                    headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply put(String path, Object body, Map<String, String> headers) {
        try {
            var json = body instanceof String raw ? raw : JSON.writeValueAsString(body);
            return send(
                    HttpRequest.newBuilder(URI.create(base + path))
                            .header("Content-Type", "application/json")
                            .PUT(HttpRequest.BodyPublishers.ofString(json)),
                    headers);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    Reply postForm(String path, String formBody, Map<String, String> headers) {
        return send(
                HttpRequest.newBuilder(URI.create(base + path))
                        .header("Content-Type", "application/x-www-form-urlencoded")
                        .POST(HttpRequest.BodyPublishers.ofString(formBody)),
                headers);
    }

    private Reply send(HttpRequest.Builder request, Map<String, String> headers) {
        headers.forEach(request::setHeader);
        try {
            var response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
            return new Reply(
                    response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    @Override
    public void close() {
        context.close();
    }

    record Reply(int status, String body, Map<String, List<String>> headers) {
        JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new UncheckedIOException("not JSON: " + body, e);
            }
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }
}
