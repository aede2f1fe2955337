package org.onetrip.it;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The packaged application ({@code target/onetrip-portal.jar}, built before Failsafe runs) in a JVM of its own, so a
 * test can kill it as an operating system would ({@code destroyForcibly}, SIGKILL) and start it again on the same
 * data. Its output goes to a log file beside the data.
 */
final class ChildPortal implements AutoCloseable {

    /** The jar under test; {@code -Donetrip.portal.jar=...} runs the same tests against another build. */
    static final Path JAR = Path.of(System.getProperty("onetrip.portal.jar", "target/onetrip-portal.jar"));

    /**
     * The same build extracted, with its class data sharing archive, as README's run command starts it: used when the
     * build made them ({@code -DskipCds=true} does not) and no other jar is under test.
     */
    private static final Path EXTRACTED = Path.of("target", "onetrip", "onetrip-portal.jar");

    private static final Path ARCHIVE = Path.of("target", "onetrip", "onetrip.jsa");

    private static final ObjectMapper JSON = new ObjectMapper();

    private final Process process;
    private final int port;
    private final Path log;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private ChildPortal(Process process, int port, Path log) {
        this.process = process;
        this.port = port;
        this.log = log;
    }

    static void assumeJarBuilt() {
        if (!Files.isRegularFile(JAR)) {
            System.out.println(
                    "[SKIPPED] " + JAR.toAbsolutePath() + " is not built: run mvn verify (it packages first)");
        }
        Assumptions.assumeTrue(Files.isRegularFile(JAR), "the application jar is built by mvn package");
    }

    private static List<String> launch() {
        if (System.getProperty("onetrip.portal.jar") == null
                && Files.isRegularFile(EXTRACTED)
                && Files.isRegularFile(ARCHIVE)) {
            return List.of(
                    "-XX:SharedArchiveFile=" + ARCHIVE.toAbsolutePath(),
                    "-jar",
                    EXTRACTED.toAbsolutePath().toString());
        }
        return List.of("-jar", JAR.toAbsolutePath().toString());
    }

    /**
     * Without the test run's own variables ({@code ONETRIP_TEST_POSTGRES_URL} and the like): the application would
     * read them as settings, and a start given any setting outside its arguments does not take the bean definitions
     * prepared at build time (AheadOfTimeStart), as README's start does.
     */
    private static ProcessBuilder configuredByItsArguments(ProcessBuilder builder) {
        builder.environment().keySet().removeIf(name -> name.startsWith("ONETRIP_"));
        return builder;
    }

    /** Starts the jar on {@code dataDir} with the given extra arguments ({@code --name=value}) on a free port. */
    static ChildPortal start(Path dataDir, Path log, List<String> jvmOptions, String... arguments) {
        return start(dataDir, log, freePort(), jvmOptions, arguments);
    }

    static ChildPortal start(Path dataDir, Path log, int port, List<String> jvmOptions, String... arguments) {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Xmn64m");
        command.add("-XX:+UseSerialGC");
        command.add("-XX:TrimNativeHeapInterval=2000");
        // A child lives for a start and a few requests: C2's compilations would cost more CPU than they return.
        command.add("-XX:TieredStopAtLevel=1");
        command.add("-Daxoniq.update-checker.disabled=true");
        command.add("-Ddisable-axoniq-console-message=true");
        command.addAll(jvmOptions);
        command.addAll(launch());
        command.add("--server.port=" + port);
        command.add("--onetrip.data-dir=" + dataDir.toAbsolutePath());
        command.add("--spring.main.banner-mode=off");
        command.addAll(List.of(arguments));
        try {
            Files.createDirectories(log.getParent());
            var process = configuredByItsArguments(new ProcessBuilder(command))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            return new ChildPortal(process, port, log);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Runs the jar as a command (no web server) and returns its exit code; its output is appended to {@code log}. */
    static int run(Path dataDir, Path log, Duration timeout, String... arguments) throws InterruptedException {
        var command = new ArrayList<String>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.add("-Xmx512m");
        command.add("-Daxoniq.update-checker.disabled=true");
        command.addAll(launch());
        command.add("--onetrip.data-dir=" + dataDir.toAbsolutePath());
        command.add("--spring.main.banner-mode=off");
        command.addAll(List.of(arguments));
        try {
            var process = configuredByItsArguments(new ProcessBuilder(command))
                    .redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                    .start();
            if (!process.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
                process.destroyForcibly().waitFor();
                throw new IllegalStateException("the command did not end within " + timeout + "; see " + log);
            }
            return process.exitValue();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    int port() {
        return port;
    }

    String base() {
        return "http://127.0.0.1:" + port;
    }

    long pid() {
        return process.pid();
    }

    boolean alive() {
        return process.isAlive();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "";
        }
    }

    /** Waits until the readiness probe answers UP; fails with the end of the log when the process died or took too long. */
    ChildPortal awaitReady(Duration timeout) throws InterruptedException {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the application exited (" + process.exitValue() + "): " + tail());
            }
            try {
                var reply = get("/actuator/health/readiness", null);
                if (reply.statusCode() == 200
                        || (reply.statusCode() == 404
                                && get("/api/public/departments", null).statusCode() == 200)) {
                    // a build without Actuator (an earlier release) is ready once it serves the API
                    return this;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(250);
        }
        throw new IllegalStateException("not ready within " + timeout + ": " + tail());
    }

    /** Waits until the port answers anything at all (the web server is up, whatever readiness says). */
    boolean awaitListening(Duration timeout) throws InterruptedException {
        var deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline) && process.isAlive()) {
            try (var socket = new java.net.Socket("127.0.0.1", port)) {
                return true;
            } catch (IOException notYet) {
                Thread.sleep(20);
            }
        }
        return false;
    }

    HttpResponse<String> get(String path, String basicUser) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(30))
                .GET();
        auth(request, basicUser);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    HttpResponse<String> post(String path, Object body, String basicUser) throws IOException, InterruptedException {
        var request = HttpRequest.newBuilder(URI.create(base() + path))
                .timeout(Duration.ofSeconds(30))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(
                        body instanceof String raw ? raw : JSON.writeValueAsString(body)));
        auth(request, basicUser);
        return http.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (IOException e) {
            throw new UncheckedIOException("not JSON: " + response.body(), e);
        }
    }

    /** kill -9: no shutdown hook, no graceful stop, nothing flushed that was not already written. */
    void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor(60, TimeUnit.SECONDS);
    }

    /** A graceful stop (SIGTERM), as an operator's stop command does. */
    void stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            kill();
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    String tail() {
        var text = output();
        return text.length() > 6000 ? text.substring(text.length() - 6000) : text;
    }

    private static void auth(HttpRequest.Builder request, String user) {
        if (user != null) {
            request.header(
                    "Authorization",
                    "Basic " + Base64.getEncoder().encodeToString((user + ":onetrip-demo").getBytes()));
        }
    }

    static int freePort() {
        try (var socket = new ServerSocket(0)) {
            socket.setReuseAddress(true);
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
