package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The packaged application's start as its users meet it: the demo and the production profile. */
class StartupOverHttpTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void jar() {
        ChildPortal.assumeJarBuilt();
    }

    /**
     * The demo data is written once the port is open (so a first start answers sooner); it once was skipped for good
     * when a filing had come first ("no cases yet"). A filing sent the moment the port answers must not cancel it,
     * readiness waits for it, and a restart must not repeat it.
     */
    @Test
    void a_filing_sent_the_moment_the_port_opens_does_not_cancel_the_demo_data_and_a_restart_does_not_repeat_it()
            throws Exception {
        var data = folder.resolve("demo");
        var filing = Map.of(
                "kind", "SUGGESTION",
                "category", "OTHER",
                "title", "早到的建议",
                "description", "端口一开就提交。",
                "anonymous", true);
        long demoAndEarly;
        try (var portal = ChildPortal.start(data, folder.resolve("demo-1.log"), List.of())) {
            assertThat(portal.awaitListening(Duration.ofMinutes(4)))
                    .as(portal.tail())
                    .isTrue();
            int status = 0;
            for (int attempt = 0; attempt < 500 && status != 201; attempt++) {
                try {
                    status = portal.post("/api/public/cases", filing, null).statusCode();
                } catch (java.io.IOException notYet) {
                    Thread.sleep(20);
                }
            }
            assertThat(status).isEqualTo(201);
            portal.awaitReady(Duration.ofMinutes(4));
            var written = java.util.regex.Pattern.compile("Demo data written: (\\d+) cases")
                    .matcher(portal.output());
            assertThat(written.find()).as("the demo data is written").isTrue();
            demoAndEarly = Long.parseLong(written.group(1)) + 1;
            assertThat(demoAndEarly).isGreaterThan(2);
            assertThat(total(portal)).as("the demo cases and the early filing").isEqualTo(demoAndEarly);
            assertThat(portal.output())
                    .as(
                            "the appointment slots and agency requests are part of the demo data, not skipped for its cases")
                    .contains("Demo appointments and agency service written");
            assertThat(portal.output())
                    .as("README's start takes the bean definitions the build prepared for the embedded default")
                    .contains("Starting AOT-processed OneTripApplication");
            var accessCodeFile = data.resolve("demo-enterprise-access-code.txt");
            var accessCode = accessCodeFile.toFile().exists()
                    ? java.nio.file.Files.readString(accessCodeFile).strip().split(" ")[1]
                    : "";
            assertThat(accessCode)
                    .as("the demo enterprise's access code is in its file")
                    .matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}");
            assertThat(java.nio.file.attribute.PosixFilePermissions.toString(
                            java.nio.file.Files.getPosixFilePermissions(accessCodeFile)))
                    .isEqualTo("rw-------");
            assertThat(portal.output()).as("a credential is never logged").doesNotContain(accessCode);
            // the look-up reads the liaison projection, which may still be indexing the demo data once ready
            var deadline = java.time.Instant.now().plusSeconds(40);
            int opened = portal.post("/api/public/enterprise-requests", Map.of("accessCode", accessCode), null)
                    .statusCode();
            while (opened == 404 && java.time.Instant.now().isBefore(deadline)) {
                Thread.sleep(2_000); // at most 21 look-ups: the public limit is 30 a minute
                opened = portal.post("/api/public/enterprise-requests", Map.of("accessCode", accessCode), null)
                        .statusCode();
            }
            assertThat(opened)
                    .as("the code in the file opens the enterprise's requests")
                    .isEqualTo(200);
            portal.stop();
        }
        try (var again = ChildPortal.start(data, folder.resolve("demo-2.log"), List.of())) {
            again.awaitReady(Duration.ofMinutes(4));
            assertThat(total(again)).isEqualTo(demoAndEarly);
            assertThat(again.output())
                    .doesNotContain("Demo data written")
                    .doesNotContain("Demo appointments and agency service written");
            again.stop();
        }
    }

    /**
     * {@code SPRING_PROFILES_ACTIVE=production}: no demo data, no demo logins, the first administrator from
     * configuration, JSON log lines that carry the request's trace id into the commands and events it caused, a
     * session cookie only sent over HTTPS, health open and metrics closed to anyone else.
     */
    @Test
    void the_production_profile_starts_without_demo_data_or_accounts_logs_json_and_keeps_its_metrics_closed()
            throws Exception {
        var data = folder.resolve("production");
        try (var portal = ChildPortal.start(
                data,
                folder.resolve("production.log"),
                List.of(),
                "--spring.profiles.active=production",
                "--onetrip.bootstrap-admin.password=first-admin-secret",
                "--onetrip.rate-limit.filings-per-hour=1000",
                "--logging.level.org.onetrip.observability=debug")) {
            portal.awaitReady(Duration.ofMinutes(4));
            assertThat(portal.output())
                    .as("another profile's start works its bean definitions out from its own conditions")
                    .doesNotContain("AOT-processed")
                    .contains("profile production is active");

            assertThat(total(portal)).isZero();
            assertThat(portal.get("/api/staff/search/cases", "zhang.min").statusCode())
                    .as("no demo logins")
                    .isEqualTo(401);
            assertThat(get(portal, "/actuator/prometheus", null).statusCode()).isEqualTo(401);
            var metrics = get(portal, "/actuator/prometheus", "admin:first-admin-secret");
            assertThat(metrics.statusCode()).isEqualTo(200);
            assertThat(metrics.body()).contains("onetrip_projection_lag_events");

            var traceId = "4bf92f3577b34da6a3ce929d0e0e4736";
            var filed = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(portal.base() + "/api/public/cases"))
                                    .header("Content-Type", "application/json")
                                    .header("traceparent", "00-" + traceId + "-00f067aa0ba902b7-01")
                                    .POST(HttpRequest.BodyPublishers.ofString(new ObjectMapper()
                                            .writeValueAsString(Map.of(
                                                    "kind",
                                                    "COMPLAINT",
                                                    "category",
                                                    "BUCK_PASSING",
                                                    "title",
                                                    "踢皮球",
                                                    "description",
                                                    "两个窗口互相推。",
                                                    "anonymous",
                                                    true))))
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(filed.statusCode()).isEqualTo(201);
            assertThat(filed.headers().firstValue("X-Trace-Id")).contains(traceId);
            Thread.sleep(3000);
            var json =
                    portal.output().lines().filter(line -> line.startsWith("{")).toList();
            assertThat(json).as("log lines are JSON objects").isNotEmpty();
            assertThat(json)
                    .as("the command's and the projections' log lines carry the request's trace id")
                    .anySatisfy(line -> assertThat(line)
                            .contains(traceId)
                            .contains("FileCaseCommand")
                            .contains("correlationId"))
                    .anySatisfy(line -> assertThat(line).contains(traceId).contains("case-search"));
            assertThat(String.join("\n", json)).doesNotContain(filedReceiptCode(filed));

            var login = HttpClient.newHttpClient()
                    .send(
                            HttpRequest.newBuilder(URI.create(portal.base() + "/login"))
                                    .GET()
                                    .build(),
                            HttpResponse.BodyHandlers.ofString());
            assertThat(login.headers().allValues("Set-Cookie"))
                    .anySatisfy(
                            cookie -> assertThat(cookie).contains("JSESSIONID").contains("Secure"));
            portal.stop();
        }
    }

    private static String filedReceiptCode(HttpResponse<String> filed) {
        return ChildPortal.json(filed).get("receiptCode").asText();
    }

    private static long total(ChildPortal portal) throws Exception {
        return ChildPortal.json(portal.get("/api/public/statistics", null))
                .get("total")
                .asLong();
    }

    private static HttpResponse<String> get(ChildPortal portal, String path, String credentials) throws Exception {
        var request = HttpRequest.newBuilder(URI.create(portal.base() + path)).GET();
        if (credentials != null) {
            request.header("Authorization", "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes()));
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }
}
