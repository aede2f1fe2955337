package org.onetrip.eventstore.kurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class KurrentStreamNamesTest {

    private final KurrentStreamNames names = KurrentStreamNames.defaults();

    @Test
    void anAggregatesStreamIsFoundFromItsIdAloneAndBelongsToTheOnetripCategory() {
        String stream = names.eventStream("3f1c0c9e-8d1e-4c43-9b6a-0d9d1b7f4a10");

        assertThat(stream).isEqualTo("onetrip-3f1c0c9e-8d1e-4c43-9b6a-0d9d1b7f4a10");
        // $by_category cuts at the first '-'
        assertThat(stream.substring(0, stream.indexOf('-'))).isEqualTo(names.eventCategory());
        assertThat(names.aggregateIdentifierOf(stream)).isEqualTo("3f1c0c9e-8d1e-4c43-9b6a-0d9d1b7f4a10");
    }

    @Test
    void snapshotsLiveInAnotherCategorySoCategoryProjectionsNeverSeeThem() {
        String snapshots = names.snapshotStream("case-1");

        assertThat(snapshots).isEqualTo("onetrip_snapshot-case-1");
        assertThat(snapshots.substring(0, snapshots.indexOf('-'))).isNotEqualTo(names.eventCategory());
        assertThat(names.isSnapshotStream(snapshots)).isTrue();
        assertThat(names.isEventStream(snapshots)).isFalse();
        assertThat(names.isStreamedToAxon(snapshots, "org.example.CaseSnapshot"))
                .isFalse();
    }

    @Test
    void systemStreamsAndSystemEventTypesAreNeverStreamedToAxon() {
        assertThat(names.isStreamedToAxon("$stats-127.0.0.1:2113", "$statsCollected"))
                .isFalse();
        assertThat(names.isStreamedToAxon("$$onetrip-case-1", "$metadata")).isFalse();
        assertThat(names.isStreamedToAxon("onetrip-case-1", "$>")).isFalse();
        assertThat(names.isStreamedToAxon("otherapp-case-1", "SomethingHappened"))
                .isFalse();
        assertThat(names.isStreamedToAxon("onetrip-case-1", "org.onetrip.cases.api.CaseFiledEvent"))
                .isTrue();
    }

    @Test
    void aPrefixThatWouldMoveTheCategoryCutOrLookLikeASystemStreamIsRefused() {
        assertThatThrownBy(() -> new KurrentStreamNames("one-trip")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new KurrentStreamNames("$onetrip")).isInstanceOf(IllegalArgumentException.class);
        assertThat(new KurrentStreamNames("township42").eventStream("x")).isEqualTo("township42-x");
    }
}
