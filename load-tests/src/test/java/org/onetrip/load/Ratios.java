package org.onetrip.load;

import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * After a {@link WorkloadSimulation} run: reads the Gatling report's statistics and the start-up figures, writes
 * the issue's ratios as markdown ({@code ratios-<store>.md} beside the report) and renders the report's charts
 * to PNG with headless Chromium ({@code charts-<store>/}), the pictures docs/benchmarks.md shows.
 *
 * <p>Throughput is the OK count of a request divided by its phase's length ({@code load.phase-seconds}, or the
 * length a warm-up's label states): Gatling's own per-second mean divides by the whole run.
 */
public final class Ratios {

    /** Beijing 12345's peak, events per second (docs/benchmarks.md): the unit of the filing aims. */
    static final double PEAK_12345 = 27;

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");

    record Stat(String name, long ok, long ko, long p50, long p95, long p99, double perSecond) {}

    // journeys and comparisons warm up for different lengths, neither of them the measured phases' one
    private static final Pattern WARM_UP = Pattern.compile("\\(warm-up (\\d+) s\\)$");

    /** How a request made during a warm-up of that length is named, in place of its number of users. */
    static String warmUpLabel(Duration length) {
        return "(warm-up " + length.toSeconds() + " s)";
    }

    public static void main(String[] args) throws Exception {
        var results = Path.of(System.getProperty("load.results", "target/gatling"));
        var store = System.getProperty("load.store", "h2");
        double phase = Integer.getInteger("load.phase-seconds", 20);
        var report = newestReport(results);
        var stats = read(report.resolve("js/stats.js"), phase);
        var startup = new Properties();
        var startupFile = results.resolve("startup-" + store + ".properties");
        if (Files.exists(startupFile)) {
            try (var in = Files.newBufferedReader(startupFile)) {
                startup.load(in);
            }
        }
        var markdown = markdown(stats, startup, report, store);
        var cpu = results.resolve("cpu-" + store + ".tsv");
        if (Files.exists(cpu)) {
            markdown += ThreadCpu.markdown(ThreadCpu.readFile(cpu), stats, Journeys.COUNTED_REQUEST);
        }
        Files.writeString(results.resolve("ratios-" + store + ".md"), markdown);
        System.out.println(markdown);
        if (Files.isExecutable(CHROMIUM)) {
            charts(report, results.resolve("charts-" + store));
        } else {
            System.out.println("No /usr/bin/chromium: the charts are not rendered to PNG");
        }
    }

    static Path newestReport(Path results) throws IOException {
        try (Stream<Path> runs = Files.list(results)) {
            return runs.filter(p -> p.getFileName().toString().startsWith("workloadsimulation-"))
                    .filter(p -> Files.exists(p.resolve("js/stats.js")))
                    .max(Comparator.comparing(p -> p.getFileName().toString()))
                    .orElseThrow(() -> new IllegalStateException("no WorkloadSimulation report in " + results));
        }
    }

    /** stats.js is a script whose first value is the statistics object with unquoted field names. */
    static Map<String, Stat> read(Path statsJs, double phaseSeconds) throws IOException {
        var script = Files.readString(statsJs);
        var mapper = JsonMapper.builder()
                .enable(JsonReadFeature.ALLOW_UNQUOTED_FIELD_NAMES)
                .build();
        var root = mapper.readTree(script.substring(script.indexOf('{')));
        var stats = new LinkedHashMap<String, Stat>();
        collect(root.path("contents"), phaseSeconds, stats);
        return stats;
    }

    private static void collect(JsonNode contents, double phaseSeconds, Map<String, Stat> into) {
        contents.forEach(node -> {
            if (node.path("type").asText().equals("GROUP")) {
                collect(node.path("contents"), phaseSeconds, into);
                return;
            }
            var s = node.path("stats");
            long ok = s.path("numberOfRequests").path("ok").asLong();
            into.put(
                    node.path("name").asText(),
                    new Stat(
                            node.path("name").asText(),
                            ok,
                            s.path("numberOfRequests").path("ko").asLong(),
                            s.path("percentiles1").path("ok").asLong(),
                            s.path("percentiles3").path("ok").asLong(),
                            s.path("percentiles4").path("ok").asLong(),
                            ok / secondsOf(node.path("name").asText(), phaseSeconds)));
        });
    }

    private static double secondsOf(String name, double phaseSeconds) {
        var warmUp = WARM_UP.matcher(name);
        return warmUp.find() ? Double.parseDouble(warmUp.group(1)) : phaseSeconds;
    }

    static String markdown(Map<String, Stat> stats, Properties startup, Path report, String store) {
        var out = new StringBuilder();
        out.append("### Ratios (store: ").append(store).append(", report ").append(report.getFileName());
        out.append(")\n\n| ratio | value | aim |\n|---|---:|---:|\n");
        ratio(stats, "departments, bearer [8]", "departments, anonymous [8]", true)
                .ifPresent(r -> out.append(row("staff bearer token ÷ anonymous, req/s at 8 users", r, "≥ 0.8")));
        ratio(stats, "departments, basic [8]", "departments, anonymous [8]", true)
                .ifPresent(r -> out.append(row("staff HTTP Basic ÷ anonymous, req/s at 8 users", r, "(scripts only)")));
        ratio(stats, "staff search 低保, API [8]", "staff search 低保, Elasticsearch directly [8]", false)
                .ifPresent(r ->
                        out.append(row("staff search p95 ÷ the same query to Elasticsearch, 8 users", r, "≤ 1.5")));
        var filing32 = stats.get("citizen files [32]");
        if (filing32 != null) {
            out.append(row(
                    "public filings/s at 32 users ÷ 27",
                    filing32.perSecond() / PEAK_12345,
                    store.equals("postgres") ? "≥ 40" : "≥ 20"));
            out.append(
                    String.format(Locale.ROOT, "| public filing p99 at 32 users, ms | %d | ≤ 250 |%n", filing32.p99()));
        }
        if (startup.containsKey("firstOkMillis")) {
            out.append(String.format(
                    Locale.ROOT,
                    "| first HTTP 200 after launch, s | %.1f | ≤ 10 |%n",
                    Long.parseLong(startup.getProperty("firstOkMillis")) / 1000.0));
            out.append(String.format(
                    Locale.ROOT,
                    "| RSS 10 s after the first 200, MiB | %d | ≤ 600 |%n",
                    Long.parseLong(startup.getProperty("rssSettledKiB")) / 1024));
            if (startup.containsKey("rssAtEndKiB")) {
                out.append(String.format(
                        Locale.ROOT,
                        "| RSS at the end of the run, MiB | %d | |%n",
                        Long.parseLong(startup.getProperty("rssAtEndKiB")) / 1024));
            }
            if (startup.containsKey("h2FileBytes")) {
                out.append(String.format(
                        Locale.ROOT,
                        "| H2 data file at the end, MB | %.0f | |%n",
                        Long.parseLong(startup.getProperty("h2FileBytes")) / 1e6));
            }
            if (startup.containsKey("jarBytes")) {
                out.append(String.format(
                        Locale.ROOT, "| jar, MB | %.0f | |%n", Long.parseLong(startup.getProperty("jarBytes")) / 1e6));
            }
            if (startup.containsKey("launch")) {
                out.append(String.format("| launched with | `%s` | |%n", startup.getProperty("launch")));
            }
            out.append(String.format(
                    "| load average (1 min) before start / highest during the run / at the end | %s / %s / %s | |%n",
                    startup.getProperty("loadBefore", "?"),
                    startup.getProperty("loadHighest", "?"),
                    startup.getProperty("loadAtEnd", "?")));
        }
        out.append(
                "\n### Every request\n\n| request | OK | KO | OK/s | p50 ms | p95 ms | p99 ms |\n|---|---:|---:|---:|---:|---:|---:|\n");
        var names = new ArrayList<>(stats.keySet());
        names.sort(Comparator.comparing(Ratios::level).thenComparing(n -> n));
        for (var name : names) {
            var s = stats.get(name);
            out.append(String.format(
                    Locale.ROOT,
                    "| %s | %d | %d | %.1f | %d | %d | %d |%n",
                    name,
                    s.ok(),
                    s.ko(),
                    s.perSecond(),
                    s.p50(),
                    s.p95(),
                    s.p99()));
        }
        return out.toString();
    }

    private static int level(String name) {
        var open = name.lastIndexOf('[');
        try {
            return open < 0 ? -1 : Integer.parseInt(name.substring(open + 1, name.length() - 1));
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static java.util.Optional<Double> ratio(
            Map<String, Stat> stats, String numerator, String denominator, boolean throughput) {
        var a = stats.get(numerator);
        var b = stats.get(denominator);
        if (a == null || b == null) {
            return java.util.Optional.empty();
        }
        return java.util.Optional.of(throughput ? a.perSecond() / b.perSecond() : (double) a.p95() / b.p95());
    }

    private static String row(String what, double value, String aim) {
        return String.format(Locale.ROOT, "| %s | %.2f | %s |%n", what, value, aim);
    }

    static void charts(Path report, Path into) throws IOException {
        Files.createDirectories(into);
        try (var playwright = Playwright.create(
                        new Playwright.CreateOptions().setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
                var browser = playwright
                        .chromium()
                        .launch(new BrowserType.LaunchOptions()
                                .setExecutablePath(CHROMIUM)
                                .setHeadless(true)
                                .setArgs(List.of(
                                        "--no-sandbox",
                                        "--disable-gpu",
                                        "--disable-quic",
                                        "--no-first-run",
                                        "--disable-background-networking",
                                        "--disable-component-update",
                                        "--disable-sync")))) {
            var page =
                    browser.newPage(new com.microsoft.playwright.Browser.NewPageOptions().setViewportSize(1400, 900));
            page.navigate(report.resolve("index.html").toUri().toString());
            page.waitForTimeout(1500);
            for (var chart : List.of(
                    "ranges",
                    "active_users",
                    "requests",
                    "responses",
                    "responsetimeDistributionContainer",
                    "responsetimepercentilesovertimeokPercentilesContainer")) {
                var element = page.locator("#" + chart);
                if (element.count() > 0) {
                    element.first()
                            .screenshot(new com.microsoft.playwright.Locator.ScreenshotOptions()
                                    .setPath(into.resolve(chart + ".png")));
                }
            }
            page.screenshot(new Page.ScreenshotOptions().setFullPage(true).setPath(into.resolve("index.png")));
        }
        System.out.println("Charts rendered to " + into);
    }
}
