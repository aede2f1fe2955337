package org.onetrip.eventstore.kurrent;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

class KurrentEventIdsTest {

    @Test
    void aCanonicalUuidIdentifierIsTheKurrentEventIdItself() {
        String id = "0b6f3c5e-2d4a-4f7e-9a61-3b2c1d0e9f87";

        assertThat(KurrentEventIds.toEventId(id)).isEqualTo(UUID.fromString(id));
        assertThat(KurrentEventIds.isCanonicalUuid(id)).isTrue();
    }

    @Test
    void anyOtherIdentifierMapsToTheSameNameBasedUuidEveryTime() {
        UUID first = KurrentEventIds.toEventId("event-1");

        assertThat(KurrentEventIds.toEventId("event-1")).isEqualTo(first);
        assertThat(first.version()).isEqualTo(3);
        assertThat(KurrentEventIds.toEventId("event-2")).isNotEqualTo(first);
        assertThat(KurrentEventIds.isCanonicalUuid("event-1")).isFalse();
    }

    @Test
    void anUpperCaseOrShortenedUuidIsNotCanonicalSoItsExactSpellingIsKept() {
        String upper = "0B6F3C5E-2D4A-4F7E-9A61-3B2C1D0E9F87";

        assertThat(KurrentEventIds.isCanonicalUuid(upper)).isFalse();
        assertThat(KurrentEventIds.isCanonicalUuid("1-2-3-4-5")).isFalse();
        assertThat(KurrentEventIds.toEventId(upper)).isNotEqualTo(UUID.fromString(upper));
    }
}
