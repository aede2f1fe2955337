package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The data folder of the release before Flyway (0.1.0): its H2 database exactly as that release left it (schema made
 * by Hibernate's ddl-auto, with H2 ENUM columns; its demo data and three public filings; tokens at the end of the
 * store), its receipt key files, and no search indices (as after deleting {@code data/elasticsearch}). This release
 * starts on it: Flyway baselines and migrates the database, the old cases and receipts work, the demo data is not
 * written a second time, the key is taken over so old receipts still verify, and the missing indices are rebuilt
 * from the events on their own (they used to stay empty: the tokens said everything was indexed).
 */
class UpgradeFromReleaseOverHttpTest {

    static final String RELEASE = "/upgrade/release-0.1/";
    static final List<String> FILED_BY_THE_PUBLIC =
            List.of("0KWE-YAM4-AKRA-TW2RG", "F8EB-2C7K-FJBS-N71V8", "2V9X-6PCZ-WRXY-X3JPW");

    @TempDir
    Path folder;

    @BeforeAll
    static void jar() {
        ChildPortal.assumeJarBuilt();
    }

    @Test
    void the_previous_releases_data_folder_is_migrated_and_its_cases_receipts_and_search_work() throws Exception {
        var data = folder.resolve("data");
        restoreReleaseDataFolder(data);

        try (var portal = ChildPortal.start(
                data, folder.resolve("portal.log"), List.of(), "--onetrip.rate-limit.lookups-per-minute=1000")) {
            portal.awaitReady(Duration.ofMinutes(4));
            var log = portal.output();
            assertThat(log).contains("Successfully baselined schema with version: 1");
            assertThat(log).contains("to version \"2 - enums as text\"");
            assertThat(log).doesNotContain("Demo data written");
            assertThat(log).contains("Receipt signing key c8238dedd2810fd9 imported");
            assertThat(log)
                    .as("the release kept its five contact keys in the clear")
                    .contains("Wrapped 5 contact keys an earlier release stored in the clear");
            assertThat(data.resolve("keys/contact-kek.json")).exists();

            var statistics = ChildPortal.json(portal.get("/api/public/statistics", null));
            assertThat(statistics.get("total").asLong())
                    .as("six demo cases and three filings")
                    .isEqualTo(9);
            for (var code : FILED_BY_THE_PUBLIC) {
                var tracked = portal.get("/api/public/cases/" + code, null);
                assertThat(tracked.statusCode()).as(code).isEqualTo(200);
                assertThat(ChildPortal.json(tracked).get("status").asText()).isEqualTo("FILED");
            }
            assertThat(ChildPortal.json(portal.get("/api/public/integrity/public-key", null))
                            .get("keyId")
                            .asText())
                    .isEqualTo("c8238dedd2810fd9");
            var receipts = new ObjectMapper().readTree(resource("receipts.json"));
            for (var receipt : receipts) {
                var checked = portal.post(
                        "/api/public/integrity/receipts/verify", java.util.Map.of("receipt", receipt), null);
                assertThat(checked.statusCode()).as(checked.body()).isEqualTo(200);
                var verification = ChildPortal.json(checked);
                assertThat(verification.get("genuine").asBoolean())
                        .as("a receipt signed by the previous release still verifies: " + checked.body())
                        .isTrue();
                assertThat(verification.get("storedFilingMatches").asBoolean()).isTrue();
            }

            var deadline = Instant.now().plus(Duration.ofMinutes(3));
            long searchable = -1;
            while (Instant.now().isBefore(deadline)) {
                searchable = ChildPortal.json(portal.get("/api/staff/search/cases?size=1", "li.qing"))
                        .get("total")
                        .asLong();
                if (searchable == 9) {
                    break;
                }
                Thread.sleep(500);
            }
            assertThat(searchable).as("every case searchable again").isEqualTo(9);
            assertThat(portal.output()).contains("is missing although its processor has already handled events");
            portal.stop();
        }
    }

    /** The database from the release's own SQL dump (H2's SCRIPT of it), the key files beside it. */
    private static void restoreReleaseDataFolder(Path data) throws Exception {
        var h2 = Files.createDirectories(data.resolve("h2"));
        var script = Files.createTempFile("release-0.1", ".sql");
        try (InputStream dump = resource("h2-database.sql")) {
            Files.copy(dump, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
        }
        try (var connection = DriverManager.getConnection("jdbc:h2:file:" + h2.resolve("onetrip"), "sa", "")) {
            connection.createStatement().execute("RUNSCRIPT FROM '" + script + "'");
        }
        Files.delete(script);
        var keys = Files.createDirectories(data.resolve("integrity"));
        for (var file : List.of("receipt-key.pk8", "receipt-key.pub")) {
            try (InputStream key = resource("integrity/" + file)) {
                Files.copy(key, keys.resolve(file));
            }
        }
    }

    private static InputStream resource(String name) {
        var stream = UpgradeFromReleaseOverHttpTest.class.getResourceAsStream(RELEASE + name);
        assertThat(stream).as(RELEASE + name).isNotNull();
        return stream;
    }
}
