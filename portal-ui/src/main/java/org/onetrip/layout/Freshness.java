package org.onetrip.layout;

import java.time.Duration;
import java.util.function.BooleanSupplier;

/**
 * The search side follows a command a moment later (its processor's next batch, then the index's next
 * refresh). After a clerk's action the screen waits, briefly and with a bound, until the change is
 * visible, so what it shows next includes what the clerk just did.
 */
public final class Freshness {

    static final Duration AT_MOST = Duration.ofSeconds(3);
    static final Duration STEP = Duration.ofMillis(100);

    private Freshness() {}

    /** True once {@code visible} holds; false when it did not within the bound (the screen shows what there is). */
    public static boolean await(BooleanSupplier visible) {
        long deadline = System.nanoTime() + AT_MOST.toNanos();
        while (true) {
            try {
                if (visible.getAsBoolean()) {
                    return true;
                }
            } catch (RuntimeException notYet) {
                // the index may answer "not found" until the processor has written the document
            }
            if (System.nanoTime() > deadline) {
                return false;
            }
            try {
                Thread.sleep(STEP.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return false;
            }
        }
    }
}
