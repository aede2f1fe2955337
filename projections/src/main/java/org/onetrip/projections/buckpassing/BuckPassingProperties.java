package org.onetrip.projections.buckpassing;

import org.springframework.boot.context.properties.ConfigurationProperties;

/** Thresholds of the buck-passing rules; configuration, since townships judge them differently. */
@ConfigurationProperties("onetrip.buck-passing")
public record BuckPassingProperties(
        Integer bounceThreshold,
        Integer maxUnsignedWorkingDays,
        Integer extensionThreshold,
        Integer recurringTripThreshold) {

    public BuckPassingProperties {
        bounceThreshold = atLeast(bounceThreshold, 2, 2, "bounce-threshold");
        maxUnsignedWorkingDays = atLeast(maxUnsignedWorkingDays, 1, 0, "max-unsigned-working-days");
        extensionThreshold = atLeast(extensionThreshold, 2, 2, "extension-threshold");
        recurringTripThreshold = atLeast(recurringTripThreshold, 2, 2, "recurring-trip-threshold");
    }

    public static BuckPassingProperties defaults() {
        return new BuckPassingProperties(null, null, null, null);
    }

    private static int atLeast(Integer value, int fallback, int minimum, String name) {
        int chosen = value == null ? fallback : value;
        if (chosen < minimum) {
            throw new IllegalArgumentException("onetrip.buck-passing." + name + " must be at least " + minimum);
        }
        return chosen;
    }
}
