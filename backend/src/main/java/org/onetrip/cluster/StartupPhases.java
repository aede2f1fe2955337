package org.onetrip.cluster;

/**
 * Spring lifecycle phases of the work done while the application starts: after Axon has started its configuration
 * (command handlers, processors; Axon's Spring configuration starts at {@code Integer.MAX_VALUE - 3072}) and before the
 * web server opens its port (Spring Boot starts it at {@code Integer.MAX_VALUE - 2048}), so that the first request
 * finds the calendar seeded and, in the demo, the demo accounts; the demo data alone comes after the port opens.
 * Readiness follows the last phase.
 */
public final class StartupPhases {

    /** This instance announces itself to the cluster. */
    public static final int JOIN_CLUSTER = Integer.MAX_VALUE - 3000;
    /** The shipped holiday arrangements are published. */
    public static final int SEED_CALENDAR = Integer.MAX_VALUE - 2900;
    /** Demo accounts and demo data (demo profile only), the first administrator (production). */
    public static final int DEMO = Integer.MAX_VALUE - 2800;
    /**
     * The demo data (demo profile only): after the port opens, so a first start answers while it is written, and
     * before Spring Boot's graceful-shutdown phase ({@code Integer.MAX_VALUE - 1024}).
     */
    public static final int DEMO_DATA = Integer.MAX_VALUE - 1500;

    private StartupPhases() {}
}
