package org.onetrip.oversight.audit;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.CaseTimelineResponse.Entry;

class CaseStateAsOfTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Instant T0 = Instant.parse("2026-03-02T01:00:00Z");

    private final List<Entry> events = new ArrayList<>();

    private Instant at(int minutes) {
        return T0.plusSeconds(60L * minutes);
    }

    private void event(int minutes, String type, String... fields) {
        ObjectNode payload = JSON.createObjectNode();
        for (int i = 0; i < fields.length; i += 2) {
            payload.put(fields[i], fields[i + 1]);
        }
        events.add(new Entry(events.size(), "e" + events.size(), type, at(minutes), payload));
    }

    /** Filed, assigned to 民政所, returned, assigned to the village, signed, transferred back to 民政所. */
    private void pingPong() {
        event(0, "CaseFiledEvent");
        event(1, "CaseAcceptedEvent");
        event(2, "CaseAssignedEvent", "departmentCode", "minzheng", "dueDate", "2026-03-19");
        event(3, "CaseReturnedEvent", "fromDepartmentCode", "minzheng");
        event(4, "CaseAssignedEvent", "departmentCode", "v-sidian", "dueDate", "2026-03-20");
        event(5, "CaseSignedForEvent", "departmentCode", "v-sidian");
        event(6, "ProgressNoteAddedEvent", "note", "visited");
        event(
                7,
                "CaseTransferredEvent",
                "fromDepartmentCode",
                "v-sidian",
                "toDepartmentCode",
                "minzheng",
                "dueDate",
                "2026-03-23");
    }

    @Test
    void just_before_the_transfer_the_case_is_with_the_village_in_progress_after_one_return() {
        pingPong();

        var state = CaseStateAsOf.of(events, at(7).minusMillis(1));

        assertThat(state.status()).isEqualTo(CaseStatus.IN_PROGRESS);
        assertThat(state.departmentCode()).isEqualTo("v-sidian");
        assertThat(state.dueDate()).isEqualTo(LocalDate.of(2026, 3, 20));
        assertThat(state.returns()).isEqualTo(1);
        assertThat(state.transfers()).isZero();
        assertThat(state.eventsApplied()).isEqualTo(7);
        assertThat(state.lastSequence()).isEqualTo(6L);
    }

    @Test
    void at_the_instant_of_the_transfer_the_case_is_back_with_civil_affairs_with_the_new_due_date() {
        pingPong();

        var state = CaseStateAsOf.of(events, at(7));

        assertThat(state.status()).isEqualTo(CaseStatus.ASSIGNED);
        assertThat(state.departmentCode()).isEqualTo("minzheng");
        assertThat(state.dueDate()).isEqualTo(LocalDate.of(2026, 3, 23));
        assertThat(state.returns()).isEqualTo(1);
        assertThat(state.transfers()).isEqualTo(1);
    }

    @Test
    void after_a_return_no_department_holds_the_case() {
        pingPong();

        var state = CaseStateAsOf.of(events, at(3).plusSeconds(30));

        assertThat(state.status()).isEqualTo(CaseStatus.RETURNED);
        assertThat(state.departmentCode()).isNull();
        assertThat(state.returns()).isEqualTo(1);
    }

    @Test
    void before_filing_the_case_did_not_exist() {
        pingPong();

        var state = CaseStateAsOf.of(events, T0.minusSeconds(1));

        assertThat(state.existed()).isFalse();
        assertThat(state.status()).isNull();
    }

    @Test
    void events_are_replayed_in_sequence_order_whatever_order_they_are_given_in() {
        pingPong();
        var shuffled = new ArrayList<>(events);
        java.util.Collections.reverse(shuffled);

        assertThat(CaseStateAsOf.of(shuffled, at(100))).isEqualTo(CaseStateAsOf.of(events, at(100)));
        assertThat(CaseStateAsOf.of(shuffled, at(100)).departmentCode()).isEqualTo("minzheng");
    }

    @Test
    void supervision_is_open_between_opening_and_conclusion() {
        pingPong();
        event(8, "SupervisionOpenedEvent", "reason", "ping-pong");
        event(9, "SupervisionConcludedEvent");

        assertThat(CaseStateAsOf.of(events, at(8)).supervisionOpen()).isTrue();
        assertThat(CaseStateAsOf.of(events, at(9)).supervisionOpen()).isFalse();
    }
}
