package org.onetrip.cluster;

/**
 * Spring lifecycle phases of the work done while the application starts: after Axon has started every component
 * (its phases end near 2^30) and before the web server opens its port (Spring Boot starts it at
 * {@code Integer.MAX_VALUE - 2048}), so that the first request finds the calendar seeded and, in the demo, the demo
 * data written.
 */
public final class StartupPhases {

    /** This instance announces itself to the cluster. */
    public static final int JOIN_CLUSTER = Integer.MAX_VALUE - 8192;
    /** The shipped holiday arrangements are published. */
    public static final int SEED_CALENDAR = Integer.MAX_VALUE - 6144;
    /** Demo accounts and demo data (demo profile only). */
    public static final int DEMO = Integer.MAX_VALUE - 5120;

    private StartupPhases() {}
}
