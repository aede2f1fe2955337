package org.onetrip.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The application killed with SIGKILL in the middle of writes, again and again ({@code -Donetrip.crash-restarts},
 * 5 by default), each time started again on the same data folder: every command acknowledged before a kill is there
 * after it, every case's registry row reads back (the first start after a kill once read {@code No enum constant
 * CaseKind.1} and answered 500, see SchemaCrashRecoveryTest), search catches up with every case, and at the end the
 * command-line integrity check, run as a command without web server, finds every hash chain intact.
 */
class CrashRestartOverHttpTest {

    static final int KILLS = Integer.getInteger("onetrip.crash-restarts", 5);
    static final List<String> OPTIONS = List.of(
            "--onetrip.demo-data=false",
            "--onetrip.demo-accounts=true",
            "--onetrip.rate-limit.filings-per-hour=1000000",
            "--onetrip.rate-limit.lookups-per-minute=1000000",
            "--onetrip.integrity.checkpoint.cron=-",
            "--onetrip.privacy.retention=-");
    static final String INTAKE = "zhang.min";
    static final String HANDLER = "handler.guotu";

    @TempDir
    Path folder;

    /** What the test was told: per receipt code, the case id and the statuses it may now have. */
    final Map<String, Tracked> cases = new ConcurrentHashMap<>();

    @BeforeAll
    static void jar() {
        ChildPortal.assumeJarBuilt();
    }

    @Test
    void acknowledged_writes_survive_every_kill_and_each_restart_reads_every_case_consistently() throws Exception {
        var data = folder.resolve("data");
        var random = new Random(13);
        int acknowledgedBeforeKills = 0;
        for (int round = 0; round <= KILLS; round++) {
            try (var portal = ChildPortal.start(
                    data, folder.resolve("portal-" + round + ".log"), List.of(), OPTIONS.toArray(String[]::new))) {
                portal.awaitReady(Duration.ofMinutes(4));
                everyAcknowledgedCaseReadsBack(portal, round);
                if (round == KILLS) {
                    everyCaseBecomesSearchable(portal);
                    portal.stop();
                    break;
                }
                var running = new AtomicBoolean(true);
                var writers = new ArrayList<Thread>();
                var acknowledged = new AtomicInteger();
                for (int w = 0; w < 4; w++) {
                    var writer = new Thread(() -> write(portal, running, acknowledged), "writer-" + w);
                    writer.start();
                    writers.add(writer);
                }
                // kill in the middle of the writes: after a few were acknowledged, at a random moment
                int target = 4 + random.nextInt(16);
                var writing = Instant.now().plus(Duration.ofSeconds(90));
                while (acknowledged.get() < target && Instant.now().isBefore(writing)) {
                    Thread.sleep(20);
                }
                Thread.sleep(random.nextInt(400));
                portal.kill();
                running.set(false);
                for (var writer : writers) {
                    writer.join(60_000);
                }
                acknowledgedBeforeKills += acknowledged.get();
                System.out.printf(
                        "crash-restart round %d: killed pid %d after %d acknowledged writes%n",
                        round, portal.pid(), acknowledged.get());
            }
        }
        assertThat(acknowledgedBeforeKills)
                .as("writes acknowledged in the moments before the kills")
                .isPositive();

        var verification = folder.resolve("verify-integrity.log");
        int exit = ChildPortal.run(data, verification, Duration.ofMinutes(4), "--onetrip.verify-integrity");
        var report = java.nio.file.Files.readString(verification);
        assertThat(exit).as(report).isZero();
        assertThat(report).contains("INTACT").doesNotContain("APPLICATION FAILED");
    }

    /** Files cases and moves them on through intake, as fast as the server answers, until the process dies. */
    private void write(ChildPortal portal, AtomicBoolean running, AtomicInteger acknowledged) {
        while (running.get()) {
            try {
                var filed = portal.post(
                        "/api/staff/cases",
                        Map.of(
                                "kind", "REPORT",
                                "title", "路灯不亮",
                                "description", "村口路灯三天不亮。",
                                "anonymous", true,
                                "channel", "HOTLINE"),
                        INTAKE);
                if (filed.statusCode() != 201) {
                    continue;
                }
                var body = ChildPortal.json(filed);
                var tracked = new Tracked(body.get("caseId").asText());
                tracked.acknowledged("FILED");
                cases.put(body.get("receiptCode").asText(), tracked);
                acknowledged.incrementAndGet();
                var done = step(portal, tracked, "/accept", Map.of(), INTAKE, "ACCEPTED", acknowledged)
                        && step(
                                portal,
                                tracked,
                                "/assign",
                                Map.of("departmentCode", "guotu"),
                                INTAKE,
                                "ASSIGNED",
                                acknowledged)
                        && step(portal, tracked, "/sign-for", Map.of(), HANDLER, "IN_PROGRESS", acknowledged);
                assertThat(done || !running.get() || !portal.alive()).isTrue();
            } catch (Exception dead) {
                return;
            }
        }
    }

    /** Sends one step; false when it was refused (it then changed nothing). */
    private static boolean step(
            ChildPortal portal,
            Tracked tracked,
            String action,
            Map<String, Object> body,
            String user,
            String status,
            AtomicInteger acknowledged)
            throws Exception {
        tracked.attempted(status);
        HttpResponse<String> reply = portal.post("/api/staff/cases/" + tracked.caseId + action, body, user);
        if (reply.statusCode() / 100 != 2) {
            System.out.println(action + " answered " + reply.statusCode() + ": " + reply.body());
            tracked.attempted(tracked.acknowledged);
            return false;
        }
        tracked.acknowledged(status);
        acknowledged.incrementAndGet();
        return true;
    }

    private void everyAcknowledgedCaseReadsBack(ChildPortal portal, int round) throws Exception {
        for (var entry : cases.entrySet()) {
            var code = entry.getKey();
            var tracked = entry.getValue();
            var staff = portal.get("/api/staff/cases/by-receipt-code/" + code, INTAKE);
            assertThat(staff.statusCode())
                    .as("round %d: staff lookup of %s: %s", round, code, staff.body())
                    .isEqualTo(200);
            var status = ChildPortal.json(staff).get("status").asText();
            assertThat(tracked.possible())
                    .as("round %d: %s is %s", round, code, status)
                    .contains(status);
            var published = portal.get("/api/public/cases/" + code, null);
            assertThat(published.statusCode())
                    .as("round %d: public lookup of %s: %s", round, code, published.body())
                    .isEqualTo(200);
            tracked.settle(status);
        }
        var statistics = ChildPortal.json(portal.get("/api/public/statistics", null));
        assertThat(statistics.get("total").asLong()).isGreaterThanOrEqualTo(cases.size());
    }

    private void everyCaseBecomesSearchable(ChildPortal portal) throws Exception {
        long expected = ChildPortal.json(portal.get("/api/public/statistics", null))
                .get("total")
                .asLong();
        var deadline = Instant.now().plus(Duration.ofMinutes(2));
        long found = -1;
        while (Instant.now().isBefore(deadline)) {
            found = ChildPortal.json(portal.get("/api/staff/search/cases?size=1", "li.qing"))
                    .get("total")
                    .asLong();
            if (found == expected) {
                return;
            }
            Thread.sleep(500);
        }
        assertThat(found).as("cases searchable after the last restart").isEqualTo(expected);
    }

    /** A case's acknowledged status and the one its unanswered last command may have reached. */
    static final class Tracked {
        final String caseId;
        volatile String acknowledged;
        volatile String attempted;

        Tracked(String caseId) {
            this.caseId = caseId;
        }

        void attempted(String status) {
            attempted = status;
        }

        void acknowledged(String status) {
            acknowledged = status;
            attempted = status;
        }

        List<String> possible() {
            return attempted == null || attempted.equals(acknowledged)
                    ? List.of(acknowledged)
                    : List.of(acknowledged, attempted);
        }

        /** After a restart the case is what the store says; the next round starts from there. */
        void settle(String status) {
            acknowledged = status;
            attempted = status;
        }
    }
}
