package org.onetrip.disclosure.command;

import java.time.Instant;
import org.onetrip.disclosure.api.BulletinComputation;

/** Computes bulletin figures from the case events of [periodStart, cutOff) as stored right now. */
@FunctionalInterface
public interface BulletinFiguresSource {
    BulletinComputation compute(Instant periodStart, Instant cutOff);
}
