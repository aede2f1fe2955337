package org.onetrip.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.constantConcurrentUsers;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.PopulationBuilder;
import io.gatling.javaapi.core.Simulation;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Function;

/**
 * The benchmark (docs/benchmarks.md): after a warm-up, the comparisons the ratios need, then each
 * journey alone at each number of concurrent users, one phase after the other, all against one freshly started
 * application.
 *
 * <p>System properties: {@code load.users} (default {@code 1,8,32,128}), {@code load.phase-seconds} (20),
 * {@code load.warmup-seconds} (20, every journey at 8 users, unmeasured), {@code load.journeys}
 * ({@code citizen,intake,handler,discipline,open311}), {@code load.compare} ({@code
 * anonymous,bearer,basic,search-api,search-es}), {@code load.compare-users} (8), {@code load.settle-limit-seconds}
 * (300: before the comparisons, the longest wait for the projections to finish catching up), {@code
 * load.compare-warmup-seconds} (10, each comparison unmeasured before any is measured), {@code load.compare-rounds}
 * (2: each comparison's measured phase is split into that many parts, run in turns with the other comparisons'
 * parts); and those of
 * {@link Application} and {@link StaffCredentials}.
 */
public class WorkloadSimulation extends Simulation {

    private final Application application = Application.fromSystemProperties();
    private final StaffCredentials staff = new StaffCredentials(application.baseUrl());
    private final Journeys journeys = new Journeys(staff, application.searchPort());
    private final ThreadCpu cpu = new ThreadCpu(application::pid);

    {
        var phase = Duration.ofSeconds(Integer.getInteger("load.phase-seconds", 20));
        var phases = new ArrayList<PopulationBuilder>();
        var warmUp = Duration.ofSeconds(Integer.getInteger("load.warmup-seconds", 20));
        for (var journey : list("load.journeys", "citizen,intake,handler,discipline,open311")) {
            if (!warmUp.isZero()) {
                phases.add(phase("warm-up " + journey, 8, warmUp, journey(journey)));
            }
        }
        int compareUsers = Integer.getInteger("load.compare-users", 8);
        var comparisons = list("load.compare", "anonymous,bearer,basic,search-api,search-es");
        // right after the warm-up: the comparisons must not share the machine with what the journeys leave
        // behind (the projections' catch-up, and at 128 users buck-passing reports still being computed after
        // their clients gave up)
        if (!comparisons.isEmpty() && !phases.isEmpty()) {
            phases.add(scenario("projections settle")
                    .exec(journeys.projectionsSettled(
                            Duration.ofSeconds(Integer.getInteger("load.settle-limit-seconds", 300))))
                    .injectOpen(atOnceUsers(1)));
        }
        // each side of a comparison warmed up alike first: whichever ran first otherwise paid for the compiler, the
        // collector's first rounds and the index's merges (the search ratio was 2.8 one way round, 0.7 the other)
        var compareWarmUp = Duration.ofSeconds(Integer.getInteger("load.compare-warmup-seconds", 10));
        if (!compareWarmUp.isZero()) {
            for (var comparison : comparisons) {
                phases.add(phase("warm-up " + comparison, compareUsers, compareWarmUp, comparison(comparison)));
            }
        }
        // in turns (A B C, A B C): the two sides of a ratio measured one whole phase after the other carried the
        // machine's drift between the phases (bearer ÷ anonymous 0.77 to 0.90 with nothing changed on either path)
        int rounds = Integer.getInteger("load.compare-rounds", 2);
        for (int round = 1; round <= rounds; round++) {
            for (var comparison : comparisons) {
                var name = rounds == 1 ? comparison : comparison + " " + round + "/" + rounds;
                phases.add(phase(name, compareUsers, phase.dividedBy(rounds), comparison(comparison)));
            }
        }
        for (var users : list("load.users", "1,8,32,128")) {
            for (var journey : list("load.journeys", "citizen,intake,handler,discipline,open311")) {
                var name = journey + " [" + users + "]";
                phases.add(mark(name));
                phases.add(phase(journey, Integer.parseInt(users), phase, journey(journey)));
            }
        }
        phases.add(mark(null));
        setUp(sequence(phases))
                .protocols(http.baseUrl(application.baseUrl())
                        // API clients keep their connections open; no request leaves this machine
                        .shareConnections()
                        .disableWarmUp()
                        .disableFollowRedirect()
                        .acceptHeader("application/json"));
    }

    @Override
    public void before() {
        application.start();
    }

    @Override
    public void after() {
        application.stop();
        var results = Path.of(System.getProperty("load.results", "target/gatling"));
        cpu.write(results.resolve("cpu-" + Application.STORE + ".tsv"));
    }

    /** A moment between two phases: the application's threads are read there (ThreadCpu). */
    private PopulationBuilder mark(String next) {
        return scenario("read the application's CPU" + (next == null ? "" : " before " + next))
                .exec(session -> {
                    cpu.mark(next);
                    return session;
                })
                .injectOpen(atOnceUsers(1));
    }

    private Function<String, ChainBuilder> journey(String name) {
        return switch (name) {
            case "citizen" -> journeys::citizen;
            case "intake" -> journeys::intake;
            case "handler" -> journeys::handler;
            case "discipline" -> journeys::discipline;
            case "open311" -> journeys::open311;
            default -> throw new IllegalArgumentException("unknown journey " + name);
        };
    }

    private Function<String, ChainBuilder> comparison(String comparison) {
        return switch (comparison) {
            case "search-api" -> level -> journeys.search("api", level);
            case "search-es" -> level -> journeys.search("es", level);
            default -> level -> journeys.departments(comparison, level);
        };
    }

    private static PopulationBuilder phase(
            String name, int users, Duration duration, Function<String, ChainBuilder> chain) {
        var level = "[" + users + "]";
        return scenario(name + " " + level)
                .exec(chain.apply(name.startsWith("warm-up") ? Ratios.warmUpLabel(duration) : level))
                .injectClosed(constantConcurrentUsers(users).during(duration));
    }

    /** Each phase starts when the one before it has finished. */
    static PopulationBuilder sequence(List<PopulationBuilder> phases) {
        var chained = phases.get(phases.size() - 1);
        for (int i = phases.size() - 2; i >= 0; i--) {
            chained = phases.get(i).andThen(chained);
        }
        return chained;
    }

    static List<String> list(String property, String fallback) {
        return Arrays.stream(System.getProperty(property, fallback).split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .toList();
    }
}
