package org.onetrip.load;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.http.HttpDsl.http;

import io.gatling.javaapi.core.Simulation;

/**
 * Part of {@code mvn verify}: every journey and comparison of {@link WorkloadSimulation} once, side by side,
 * against the freshly packaged jar. It keeps the simulations compiling and working; any failed request
 * fails the build. Not a measurement.
 */
public class SmokeSimulation extends Simulation {

    private final Application application = Application.fromSystemProperties();
    private final StaffCredentials staff = new StaffCredentials(application.baseUrl());
    private final Journeys journeys = new Journeys(staff, application.searchPort());

    {
        var once = "[smoke]";
        setUp(
                        scenario("citizen").exec(journeys.citizen(once)).injectOpen(atOnceUsers(1)),
                        scenario("intake").exec(journeys.intake(once)).injectOpen(atOnceUsers(1)),
                        scenario("handler").exec(journeys.handler(once)).injectOpen(atOnceUsers(1)),
                        scenario("discipline").exec(journeys.discipline(once)).injectOpen(atOnceUsers(1)),
                        scenario("open311").exec(journeys.open311(once)).injectOpen(atOnceUsers(1)),
                        scenario("departments")
                                .exec(journeys.departments("anonymous", once))
                                .exec(journeys.departments("bearer", once))
                                .exec(journeys.departments("basic", once))
                                .injectOpen(atOnceUsers(1)),
                        scenario("projections settle")
                                .exec(journeys.projectionsSettled(java.time.Duration.ofSeconds(20)))
                                .injectOpen(atOnceUsers(1)),
                        scenario("search")
                                .exec(journeys.search("api", once))
                                .exec(journeys.search("es", once))
                                .injectOpen(atOnceUsers(1)))
                .protocols(http.baseUrl(application.baseUrl())
                        .shareConnections()
                        .disableWarmUp()
                        .disableFollowRedirect()
                        .acceptHeader("application/json"))
                .assertions(
                        global().failedRequests().count().is(0L),
                        global().successfulRequests().count().gte(23L));
    }

    @Override
    public void before() {
        application.start(java.time.Duration.ZERO);
    }

    @Override
    public void after() {
        application.stop();
    }
}
