package org.onetrip.load;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.Properties;
import org.junit.jupiter.api.Test;

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

    private static Path sample() throws URISyntaxException {
        return Path.of(RatiosTest.class.getResource("/ratios/stats.js").toURI());
    }
}
