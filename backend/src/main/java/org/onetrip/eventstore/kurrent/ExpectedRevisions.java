package org.onetrip.eventstore.kurrent;

import io.kurrent.dbclient.StreamState;
import io.kurrent.dbclient.WrongExpectedVersionException;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;

/**
 * Axon sequence number n is stream revision n. Appending events that start at sequence number n
 * therefore expects the stream to be at revision n-1, or not to exist when n is 0. A refused
 * expectation means somebody else appended first: Axon's {@link ConcurrencyException}, or
 * {@link AggregateStreamCreationException} when a new aggregate's stream already exists.
 */
public final class ExpectedRevisions {

    private ExpectedRevisions() {}

    public static StreamState expectedBefore(long firstSequenceNumber) {
        if (firstSequenceNumber < 0) {
            throw new IllegalArgumentException("Sequence numbers start at 0, got " + firstSequenceNumber);
        }
        return firstSequenceNumber == 0 ? StreamState.noStream() : StreamState.streamRevision(firstSequenceNumber - 1);
    }

    public static AxonException conflict(
            String aggregateIdentifier, long firstSequenceNumber, String stream, StreamState actual, Throwable cause) {
        String found = describe(actual);
        if (firstSequenceNumber == 0) {
            return new AggregateStreamCreationException(
                    "Cannot create aggregate [" + aggregateIdentifier + "]: its stream [" + stream
                            + "] already exists (" + found + ")",
                    cause);
        }
        return new ConcurrencyException(
                "An event for aggregate [" + aggregateIdentifier + "] at sequence [" + firstSequenceNumber
                        + "] was already stored by someone else: stream [" + stream + "] expected at revision "
                        + (firstSequenceNumber - 1) + " but is " + found,
                cause);
    }

    public static AxonException conflict(
            String aggregateIdentifier, long firstSequenceNumber, WrongExpectedVersionException cause) {
        return conflict(aggregateIdentifier, firstSequenceNumber, cause.getStreamName(), cause.getActualState(), cause);
    }

    static String describe(StreamState state) {
        if (state == null) {
            return "in an unknown state";
        }
        if (state.equals(StreamState.noStream())) {
            return "absent";
        }
        if (state.equals(StreamState.any()) || state.equals(StreamState.streamExists())) {
            return "present";
        }
        return "at revision " + state.toRawLong();
    }
}
