package org.onetrip.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class RatiosTest {

    @Test
    void reads_every_request_of_a_gatling_report_and_divides_its_ok_count_by_the_phase() throws Exception {
        var stats = Ratios.read(sample(), 20);

        assertThat(stats).hasSize(6);
        var filing = stats.get("citizen files [32]");
        assertThat(filing.ok()).isEqualTo(12000);
        assertThat(filing.ko()).isEqualTo(3);
        assertThat(filing.perSecond()).isEqualTo(600.0);
        assertThat(filing.p50()).isEqualTo(50);
        assertThat(filing.p95()).isEqualTo(120);
        assertThat(filing.p99()).isEqualTo(240);
    }

    @Test
    void states_the_issues_ratios_from_the_matching_requests() throws Exception {
        var startup = new Properties();
        startup.setProperty("firstOkMillis", "9500");
        startup.setProperty("rssSettledKiB", String.valueOf(550 * 1024));
        startup.setProperty("jarBytes", "150000000");
        startup.setProperty("h2FileBytes", "5291000000");
        startup.setProperty("launch", "-Xmx512m -jar onetrip-portal.jar");

        var markdown = Ratios.markdown(Ratios.read(sample(), 20), startup, Path.of("run"), "h2");

        assertThat(markdown)
                .contains("| staff bearer token ÷ anonymous, req/s at 8 users | 0.90 | ≥ 0.8 |")
                .contains("| staff HTTP Basic ÷ anonymous, req/s at 8 users | 0.03 |")
                .contains("| staff search p95 ÷ the same query to Elasticsearch, 8 users | 1.20 | ≤ 1.5 |")
                .contains("| public filings/s at 32 users ÷ 27 | 22.22 | ≥ 20 |")
                .contains("| public filing p99 at 32 users, ms | 240 | ≤ 250 |")
                .contains("| first HTTP 200 after launch, s | 9.5 | ≤ 10 |")
                .contains("| RSS 10 s after the first 200, MiB | 550 | ≤ 600 |")
                .contains("| H2 data file at the end, MB | 5291 | |")
                .contains("| launched with | `-Xmx512m -jar onetrip-portal.jar` | |");
        assertThat(Ratios.markdown(Ratios.read(sample(), 20), startup, Path.of("run"), "postgres"))
                .contains("| public filings/s at 32 users ÷ 27 | 22.22 | ≥ 40 |");
    }

    @Test
    void a_warm_up_is_divided_by_the_length_its_label_states_not_by_the_measured_phase(@TempDir Path dir)
            throws Exception {
        var journeyWarmUp = "citizen files " + Ratios.warmUpLabel(Duration.ofSeconds(200));
        var comparisonWarmUp = "departments, anonymous " + Ratios.warmUpLabel(Duration.ofSeconds(10));
        var stats = dir.resolve("stats.js");
        Files.writeString(
                stats,
                "var stats = {type: \"GROUP\", contents: {" + request("a", journeyWarmUp, 26000) + ", "
                        + request("b", comparisonWarmUp, 20000) + ", " + request("c", "citizen files [32]", 9000)
                        + "}}");

        var read = Ratios.read(stats, 30);

        assertThat(journeyWarmUp).isEqualTo("citizen files (warm-up 200 s)");
        assertThat(read.get(journeyWarmUp).perSecond()).isEqualTo(130.0);
        assertThat(read.get(comparisonWarmUp).perSecond()).isEqualTo(2000.0);
        assertThat(read.get("citizen files [32]").perSecond()).isEqualTo(300.0);
    }

    private static String request(String id, String name, long ok) {
        return "\"req_" + id + "\": {type: \"REQUEST\", name: \"" + name + "\", stats: {numberOfRequests: {ok: \"" + ok
                + "\", ko: \"0\"}, percentiles1: {ok: \"1\"}, percentiles3: {ok: \"2\"}, percentiles4: {ok: \"3\"}}}";
    }

    private static Path sample() throws URISyntaxException {
        return Path.of(RatiosTest.class.getResource("/ratios/stats.js").toURI());
    }
}
