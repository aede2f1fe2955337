package org.onetrip.eventstore.kurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.kurrent.dbclient.Position;
import org.axonframework.eventhandling.GlobalSequenceTrackingToken;
import org.axonframework.eventhandling.ReplayToken;
import org.axonframework.eventhandling.TrackingToken;
import org.axonframework.serialization.SerializedObject;
import org.axonframework.serialization.json.JacksonSerializer;
import org.junit.jupiter.api.Test;

class KurrentTrackingTokenTest {

    private final KurrentTrackingToken early = new KurrentTrackingToken(1_000, 990);
    private final KurrentTrackingToken late = new KurrentTrackingToken(2_500, 2_500);

    @Test
    void wrapsTheAllPositionWithoutChangingIt() {
        Position position = new Position(123_456_789L, 123_456_700L);

        KurrentTrackingToken token = KurrentTrackingToken.of(position);

        assertThat(token.commitPosition()).isEqualTo(123_456_789L);
        assertThat(token.preparePosition()).isEqualTo(123_456_700L);
        assertThat(token.toPosition()).isEqualTo(position);
        assertThat(token.position()).hasValue(123_456_789L);
    }

    @Test
    void comparesByPositionForCoversAndBounds() {
        assertThat(late.covers(early)).isTrue();
        assertThat(early.covers(late)).isFalse();
        assertThat(early.covers(new KurrentTrackingToken(1_000, 990))).isTrue();
        assertThat(early.covers(null)).isTrue();
        assertThat(early.upperBound(late)).isEqualTo(late);
        assertThat(late.lowerBound(early)).isEqualTo(early);
        assertThat(early.samePositionAs(new KurrentTrackingToken(1_000, 990))).isTrue();
    }

    @Test
    void refusesToCompareWithAnotherStoresToken() {
        assertThatThrownBy(() -> early.covers(new GlobalSequenceTrackingToken(5)))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void refusesACommitPositionBeforeItsPreparePosition() {
        assertThatThrownBy(() -> new KurrentTrackingToken(10, 11)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void survivesTheAxonJacksonSerializerAsReadableJsonAlsoInsideAReplayToken() {
        JacksonSerializer serializer =
                JacksonSerializer.builder().objectMapper(new ObjectMapper()).build();

        SerializedObject<String> json = serializer.serialize(late, String.class);
        assertThat(json.getData()).isEqualTo("{\"commitPosition\":2500,\"preparePosition\":2500}");
        assertThat((Object) serializer.deserialize(json)).isEqualTo(late);

        TrackingToken replay = ReplayToken.createReplayToken(late, early);
        SerializedObject<byte[]> bytes = serializer.serialize(replay, byte[].class);
        TrackingToken back = serializer.deserialize(bytes);
        assertThat(back).isEqualTo(replay);
        assertThat(back.covers(early)).isTrue();
    }
}
