package org.onetrip.eventstore.kurrent;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.kurrent.dbclient.StreamState;
import org.axonframework.common.AxonException;
import org.axonframework.modelling.command.AggregateStreamCreationException;
import org.axonframework.modelling.command.ConcurrencyException;
import org.junit.jupiter.api.Test;

class ExpectedRevisionsTest {

    @Test
    void aNewAggregateExpectsNoStreamAndSequenceNExpectsRevisionNMinusOne() {
        assertThat(ExpectedRevisions.expectedBefore(0)).isEqualTo(StreamState.noStream());
        assertThat(ExpectedRevisions.expectedBefore(1)).isEqualTo(StreamState.streamRevision(0));
        assertThat(ExpectedRevisions.expectedBefore(42)).isEqualTo(StreamState.streamRevision(41));
        assertThatThrownBy(() -> ExpectedRevisions.expectedBefore(-1)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void aRefusedCreationIsAnAggregateStreamCreationException() {
        AxonException conflict =
                ExpectedRevisions.conflict("case-7", 0, "onetrip-case-7", StreamState.streamRevision(3), null);

        assertThat(conflict)
                .isInstanceOf(AggregateStreamCreationException.class)
                .hasMessageContaining("case-7")
                .hasMessageContaining("at revision 3");
    }

    @Test
    void aRefusedLaterAppendIsAConcurrencyExceptionNamingBothRevisions() {
        AxonException conflict =
                ExpectedRevisions.conflict("case-7", 5, "onetrip-case-7", StreamState.streamRevision(6), null);

        assertThat(conflict)
                .isInstanceOf(ConcurrencyException.class)
                .hasMessageContaining("expected at revision 4")
                .hasMessageContaining("is at revision 6");
        assertThat(ExpectedRevisions.conflict("case-8", 2, "onetrip-case-8", StreamState.noStream(), null))
                .isInstanceOf(ConcurrencyException.class)
                .hasMessageContaining("absent");
    }
}
