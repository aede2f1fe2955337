package org.onetrip.shared.persistence;

import com.fasterxml.uuid.Generators;
import com.fasterxml.uuid.NoArgGenerator;

/**
 * Identifiers of stored things (aggregates, events, rows keyed by them): UUIDs of version 7, the millisecond of their
 * making first, then 74 random bits. Indexes on them grow at their end, as indexes on a sequence do: a new row's
 * index entry lands on the page the previous one changed, where a random UUID changed a page anywhere in the index,
 * read it first when it was not cached, and had the store write all of it again (docs/benchmarks.md, round 13).
 * Not for credentials: a receipt code, a token or a key stays wholly random.
 */
public final class TimeOrderedIds {

    // random bits in every identifier, none counted up from the one before: an identifier tells nothing of the next
    private static final NoArgGenerator GENERATOR = Generators.timeBasedEpochRandomGenerator();

    private TimeOrderedIds() {}

    public static String next() {
        return GENERATOR.generate().toString();
    }
}
