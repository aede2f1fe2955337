package org.onetrip.shared.persistence;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.UUID;
import org.axonframework.common.IdentifierFactory;
import org.axonframework.eventhandling.GenericEventMessage;
import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    @Test
    void an_identifier_is_a_canonical_uuid_of_version_7() {
        var id = TimeOrderedIds.next();

        assertThat(UUID.fromString(id).version()).isEqualTo(7);
        assertThat(UUID.fromString(id)).hasToString(id);
    }

    @Test
    void identifiers_made_in_a_later_millisecond_sort_after_earlier_ones_as_text() throws InterruptedException {
        var made = new ArrayList<String>();
        for (int i = 0; i < 5; i++) {
            made.add(TimeOrderedIds.next());
            Thread.sleep(2);
        }

        assertThat(made).isSorted();
    }

    @Test
    void identifiers_made_in_the_same_millisecond_still_differ_and_carry_random_bits() {
        var made = new HashSet<String>();
        for (int i = 0; i < 20_000; i++) {
            made.add(TimeOrderedIds.next());
        }
        var lowBits = new HashSet<Long>();
        made.forEach(id -> lowBits.add(UUID.fromString(id).getLeastSignificantBits() & 0xFF));

        assertThat(made).hasSize(20_000);
        assertThat(lowBits).as("the last byte is random, not a counter").hasSizeGreaterThan(200);
    }

    @Test
    void axon_makes_the_identifiers_of_messages_and_stored_events_with_it() {
        assertThat(IdentifierFactory.getInstance()).isInstanceOf(TimeOrderedIdentifierFactory.class);
        assertThat(UUID.fromString(new GenericEventMessage<>("filed").getIdentifier())
                        .version())
                .isEqualTo(7);
    }
}
