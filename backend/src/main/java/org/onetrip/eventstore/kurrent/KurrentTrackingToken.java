package org.onetrip.eventstore.kurrent;

import com.fasterxml.jackson.annotation.JsonCreator;
import com.fasterxml.jackson.annotation.JsonGetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import io.kurrent.dbclient.Position;
import java.io.Serializable;
import java.util.OptionalLong;
import org.axonframework.common.Assert;
import org.axonframework.eventhandling.TrackingToken;

/**
 * An Axon tracking token that is a KurrentDB {@code $all} position: the commit and prepare positions of
 * the last event handed to (or skipped for) a processor. Positions are compared with the client's own
 * {@link Position#compareTo} and never computed: the log is not contiguous, so "position + 1" means
 * nothing. Stored in the token store through the Axon serializer (Jackson) as
 * {@code {"commitPosition":…,"preparePosition":…}}.
 */
public final class KurrentTrackingToken implements TrackingToken, Serializable, Comparable<KurrentTrackingToken> {

    private static final long serialVersionUID = 1L;

    private final long commitPosition;
    private final long preparePosition;

    @JsonCreator
    public KurrentTrackingToken(
            @JsonProperty("commitPosition") long commitPosition,
            @JsonProperty("preparePosition") long preparePosition) {
        if (Long.compareUnsigned(commitPosition, preparePosition) < 0) {
            throw new IllegalArgumentException("The commit position " + Long.toUnsignedString(commitPosition)
                    + " may not be before the prepare position " + Long.toUnsignedString(preparePosition));
        }
        this.commitPosition = commitPosition;
        this.preparePosition = preparePosition;
    }

    public static KurrentTrackingToken of(Position position) {
        return new KurrentTrackingToken(position.getCommitUnsigned(), position.getPrepareUnsigned());
    }

    @JsonGetter("commitPosition")
    public long commitPosition() {
        return commitPosition;
    }

    @JsonGetter("preparePosition")
    public long preparePosition() {
        return preparePosition;
    }

    public Position toPosition() {
        return new Position(commitPosition, preparePosition);
    }

    @Override
    public int compareTo(KurrentTrackingToken other) {
        return toPosition().compareTo(other.toPosition());
    }

    public boolean isAfter(Position position) {
        return toPosition().compareTo(position) > 0;
    }

    @Override
    public TrackingToken lowerBound(TrackingToken other) {
        KurrentTrackingToken that = cast(other);
        return compareTo(that) <= 0 ? this : that;
    }

    @Override
    public TrackingToken upperBound(TrackingToken other) {
        KurrentTrackingToken that = cast(other);
        return compareTo(that) >= 0 ? this : that;
    }

    @Override
    public boolean covers(TrackingToken other) {
        if (other == null) {
            return true;
        }
        return compareTo(cast(other)) >= 0;
    }

    /** The commit position, reported for Axon's progress estimates only; the engine never calculates with it. */
    @Override
    public OptionalLong position() {
        return commitPosition >= 0 ? OptionalLong.of(commitPosition) : OptionalLong.empty();
    }

    private static KurrentTrackingToken cast(TrackingToken other) {
        Assert.isTrue(
                other instanceof KurrentTrackingToken,
                () -> "Incompatible token type provided: "
                        + (other == null ? "null" : other.getClass().getName()));
        return (KurrentTrackingToken) other;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof KurrentTrackingToken that
                && commitPosition == that.commitPosition
                && preparePosition == that.preparePosition;
    }

    @Override
    public int hashCode() {
        return Long.hashCode(commitPosition) * 31 + Long.hashCode(preparePosition);
    }

    @Override
    public String toString() {
        return "KurrentTrackingToken{commit=" + Long.toUnsignedString(commitPosition) + ", prepare="
                + Long.toUnsignedString(preparePosition) + "}";
    }
}
