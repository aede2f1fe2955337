package org.onetrip.load;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.concurrent.TimeUnit;
import org.springframework.util.FileSystemUtils;

/**
 * The application under test: started as README's run command starts it (the extracted jar with its class data
 * sharing archive, bounded heap; or {@code load.jar} with {@code java -jar}) in a process of its own on a fresh
 * data folder (or, with {@code load.base-url}, a running instance). Starting it is measured the way a person
 * would see it: from launching the process to the first HTTP 200 of the home page, and the process's resident
 * memory afterwards.
 *
 * <p>System properties: {@code load.portal-target} (portal-ui's build folder), {@code load.jar} (another jar
 * instead), {@code load.store} ({@code h2}, the embedded default, or {@code
 * postgres}: {@code load.postgres.url}/{@code .user}/{@code .password}, defaulting to the {@code
 * ONETRIP_TEST_POSTGRES_*} variables the tests use; a schema {@code onetrip_load} is dropped and created
 * there), {@code load.app-args} (extra JVM options for the application), {@code load.results} (folder for
 * {@code startup-<store>.properties} and the application's log), {@code load.keep-data} (keep the run's data
 * folder, deleted otherwise).
 */
public final class Application {

    public static final String STORE = System.getProperty("load.store", "h2");

    /** The JVM options of README's run command (the default of {@code load.app-args}). */
    static final String README_JVM_OPTIONS = "-Xms1g -Xmx1g -Xmn64m -XX:+UseParallelGC -XX:TrimNativeHeapInterval=2000"
            + " -XX:Tier4InvocationThreshold=50000 -XX:Tier4MinInvocationThreshold=6000 -XX:Tier4CompileThreshold=150000 -XX:Tier4BackEdgeThreshold=400000";

    private final String baseUrl;
    private final int searchPort;
    private final boolean external;
    private Process process;
    private Path data;
    private final Properties figures = new Properties();
    private volatile double highestLoad;

    private Application(String baseUrl, int searchPort, boolean external) {
        this.baseUrl = baseUrl;
        this.searchPort = searchPort;
        this.external = external;
    }

    /** Picks the ports now (the simulation needs its base URL while it is built); {@link #start()} launches. */
    public static Application fromSystemProperties() {
        var given = System.getProperty("load.base-url");
        if (given != null && !given.isBlank()) {
            return new Application(given, Integer.getInteger("load.search-port", -1), true);
        }
        return new Application("http://127.0.0.1:" + freePort(), freePort(), false);
    }

    public String baseUrl() {
        return baseUrl;
    }

    /** The embedded Elasticsearch node's HTTP port, for the comparison with searching it directly; -1 unknown. */
    public int searchPort() {
        return searchPort;
    }

    /** The application's process on this machine, or -1 (not started yet, or a running instance given by URL). */
    public long pid() {
        return process == null ? -1 : process.pid();
    }

    public void start() {
        start(Duration.ofSeconds(Integer.getInteger("load.settle-seconds", 10)));
    }

    /** {@code settle}: how long to wait after the first 200 before reading the settled memory. */
    public void start(Duration settle) {
        if (external) {
            waitForFirstOk(System.nanoTime(), Duration.ofSeconds(10));
            return;
        }
        try {
            var target = Path.of(System.getProperty("load.portal-target", "../portal-ui/target"));
            var given = System.getProperty("load.jar", "");
            var jar = given.isBlank() ? target.resolve("onetrip-portal.jar") : Path.of(given);
            var extracted = target.resolve("onetrip").resolve("onetrip-portal.jar");
            var archive = target.resolve("onetrip").resolve("onetrip.jsa");
            boolean asReadmeRunsIt = given.isBlank() && Files.isRegularFile(extracted) && Files.isRegularFile(archive);
            if (!asReadmeRunsIt && !Files.isRegularFile(jar)) {
                throw new IllegalStateException("no application jar at " + jar.toAbsolutePath()
                        + ": package it first (mvn -B -pl load-tests -am verify does)");
            }
            data = Files.createTempDirectory("onetrip-load-");
            var command = new ArrayList<String>();
            command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
            for (var option : appArgs(System.getProperty("load.app-args", README_JVM_OPTIONS))) {
                if (!option.isBlank()) {
                    command.add(option);
                }
            }
            if (asReadmeRunsIt) {
                command.add("-XX:SharedArchiveFile=" + archive.toAbsolutePath().normalize());
            }
            command.addAll(List.of(
                    "-jar",
                    (asReadmeRunsIt ? extracted : jar)
                            .toAbsolutePath()
                            .normalize()
                            .toString(),
                    "--server.port=" + URI.create(baseUrl).getPort(),
                    "--onetrip.data-dir=" + data,
                    "--onetrip.search.embedded.http-port=" + searchPort,
                    // one load generator is one client address: the public limits would stop it at once
                    "--onetrip.rate-limit.filings-per-hour=1000000000",
                    "--onetrip.rate-limit.lookups-per-minute=1000000000"));
            if (STORE.equals("postgres")) {
                command.addAll(postgres());
            } else if (!STORE.equals("h2")) {
                throw new IllegalArgumentException("load.store is h2 or postgres, not " + STORE);
            }
            figures.setProperty("store", STORE);
            figures.setProperty("loadBefore", loadAverage());
            watchLoadAverage();
            if (Files.isRegularFile(jar)) {
                figures.setProperty("jarBytes", String.valueOf(Files.size(jar)));
            }
            figures.setProperty("launch", String.join(" ", command.subList(1, command.indexOf("-jar") + 2)));
            long launched = System.nanoTime();
            var builder = new ProcessBuilder(command);
            // configured by its arguments alone, as README starts it: with a setting from elsewhere (the tests'
            // ONETRIP_TEST_POSTGRES_URL, say) it would not take the bean definitions the build prepared
            builder.environment().keySet().removeIf(name -> name.startsWith("ONETRIP_"));
            process = builder.redirectErrorStream(true)
                    .redirectOutput(data.resolve("application.log").toFile())
                    .start();
            System.out.println("Application under test: " + baseUrl + " (store " + STORE + ", log "
                    + data.resolve("application.log") + ", copied to the results at the end)");
            long firstOk = waitForFirstOk(launched, Duration.ofMinutes(3));
            figures.setProperty("firstOkMillis", String.valueOf(TimeUnit.NANOSECONDS.toMillis(firstOk - launched)));
            figures.setProperty("rssAtFirstOkKiB", String.valueOf(rssKiB()));
            // demo data and the projections' first catch-up run just after the first 200: settle, then read again
            Thread.sleep(Duration.ofSeconds(Integer.getInteger("load.settle-seconds", 10))
                    .toMillis());
            figures.setProperty("rssSettledKiB", String.valueOf(rssKiB()));
            System.out.println("Started: first HTTP 200 after " + figures.getProperty("firstOkMillis") + " ms, RSS "
                    + Long.parseLong(figures.getProperty("rssSettledKiB")) / 1024 + " MiB");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    public void stop() {
        if (process == null) {
            return;
        }
        figures.setProperty("rssAtEndKiB", String.valueOf(rssKiB()));
        figures.setProperty("loadAtEnd", loadAverage());
        figures.setProperty("loadHighest", String.valueOf(highestLoad));
        process.destroy();
        try {
            if (!process.waitFor(60, TimeUnit.SECONDS)) {
                process.destroyForcibly();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        var results = Path.of(System.getProperty("load.results", "target/gatling"));
        try {
            Files.createDirectories(results);
            var h2 = data.resolve("h2").resolve("onetrip.mv.db");
            if (Files.isRegularFile(h2)) {
                figures.setProperty("h2FileBytes", String.valueOf(Files.size(h2)));
            }
            Files.copy(
                    data.resolve("application.log"),
                    results.resolve("application-" + STORE + ".log"),
                    StandardCopyOption.REPLACE_EXISTING);
            // a run's store grows to gigabytes; -Dload.keep-data=true keeps it for a look afterwards
            if (!Boolean.getBoolean("load.keep-data")) {
                FileSystemUtils.deleteRecursively(data);
            }
            try (var out = Files.newBufferedWriter(results.resolve("startup-" + STORE + ".properties"))) {
                figures.store(out, "application under test, measured by the load run");
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private long waitForFirstOk(long since, Duration limit) {
        var client =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        var home = HttpRequest.newBuilder(URI.create(baseUrl + "/"))
                .timeout(Duration.ofSeconds(5))
                .build();
        while (System.nanoTime() - since < limit.toNanos()) {
            if (process != null && !process.isAlive()) {
                throw new IllegalStateException("the application exited with " + process.exitValue());
            }
            try {
                if (client.send(home, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return System.nanoTime();
                }
            } catch (IOException e) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new IllegalStateException("no HTTP 200 from " + baseUrl + " within " + limit);
    }

    /** The 1-minute load average of the machine (this run's own processes included). */
    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).split(" ")[0];
        } catch (IOException e) {
            return "?";
        }
    }

    private void watchLoadAverage() {
        var watcher = new Thread(
                () -> {
                    while (true) {
                        try {
                            highestLoad = Math.max(highestLoad, Double.parseDouble(loadAverage()));
                            Thread.sleep(5000);
                        } catch (NumberFormatException e) {
                            return;
                        } catch (InterruptedException e) {
                            return;
                        }
                    }
                },
                "load-average");
        watcher.setDaemon(true);
        watcher.start();
    }

    private long rssKiB() {
        try {
            for (var line : Files.readAllLines(Path.of("/proc", String.valueOf(process.pid()), "status"))) {
                if (line.startsWith("VmRSS:")) {
                    return Long.parseLong(line.replaceAll("\\D", ""));
                }
            }
        } catch (IOException e) {
            // not Linux, or the process is gone
        }
        return -1;
    }

    private static List<String> postgres() {
        var url = setting("load.postgres.url", "ONETRIP_TEST_POSTGRES_URL");
        var user = setting("load.postgres.user", "ONETRIP_TEST_POSTGRES_USER");
        var password = setting("load.postgres.password", "ONETRIP_TEST_POSTGRES_PASSWORD");
        if (url == null) {
            throw new IllegalStateException(
                    "load.store=postgres needs load.postgres.url (or ONETRIP_TEST_POSTGRES_URL) and its user and password");
        }
        try (var connection = DriverManager.getConnection(url, user, password);
                var statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS onetrip_load CASCADE");
            statement.execute("CREATE SCHEMA onetrip_load");
        } catch (SQLException e) {
            throw new IllegalStateException("cannot prepare schema onetrip_load at " + url, e);
        }
        var separator = url.contains("?") ? "&" : "?";
        return List.of(
                "--spring.datasource.url=" + url + separator + "currentSchema=onetrip_load",
                "--spring.datasource.username=" + user,
                "--spring.datasource.password=" + password);
    }

    private static String setting(String property, String variable) {
        var value = System.getProperty(property);
        return value != null ? value : System.getenv(variable);
    }

    private static int freePort() {
        try (var socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * {@code load.app-args} split into options. The Gatling plugin hands a propagated property whose value has
     * spaces to its forked JVM wrapped in double quotes, which would otherwise reach the first and last option.
     */
    static List<String> appArgs(String given) {
        var value = given.strip();
        if (value.length() >= 2 && value.startsWith("\"") && value.endsWith("\"")) {
            value = value.substring(1, value.length() - 1);
        }
        return List.of(value.split("\\s+"));
    }
}
