package org.onetrip.workbench.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseTimelineResponse;

class TimelineGridTest {

    @Test
    void a_recorded_look_at_the_contact_data_names_who_looked_and_why() throws Exception {
        var payload = new ObjectMapper().readTree("""
                {"caseId":"c1","reason":"电话回访","shown":"AVAILABLE",
                 "context":{"eventId":"e7","actor":{"personId":"li.qing","role":"DISCIPLINE","departmentCode":"jiwei"},
                            "channel":"WORKBENCH","occurredAt":"2026-03-02T01:00:00Z"}}""");
        var entry = new CaseTimelineResponse.Entry(
                7, "e7", "ComplainantContactViewedEvent", Instant.parse("2026-03-02T01:00:00Z"), payload);

        assertThat(TimelineGrid.actor(entry)).isEqualTo("li.qing (jiwei)");
        assertThat(TimelineGrid.detail(entry)).isEqualTo("reason: 电话回访 · shown: AVAILABLE");
    }
}
