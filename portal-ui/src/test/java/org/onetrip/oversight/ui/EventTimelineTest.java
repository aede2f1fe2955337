package org.onetrip.oversight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import org.junit.jupiter.api.Test;

class EventTimelineTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @Test
    void the_raw_events_show_a_receipt_code_by_its_first_four_symbols_only_and_leave_the_stored_payload_alone()
            throws Exception {
        var stored = JSON.readTree("{\"caseId\":\"c-1\",\"receiptCode\":\"7K3MQ9XW2HTB5RDA4\",\"title\":\"路灯坏了\","
                + "\"receipt\":{\"receiptCode\":\"7K3M-Q9XW-2HTB-5RDA4\"}}");

        var shown = EventTimeline.masked(stored).toPrettyString();

        assertThat(shown)
                .contains("\"7K3M•••\"")
                .doesNotContain("7K3MQ9XW2HTB5RDA4")
                .doesNotContain("Q9XW")
                .contains("路灯坏了")
                .contains("c-1");
        assertThat(stored.get("receiptCode").asText()).isEqualTo("7K3MQ9XW2HTB5RDA4");
    }
}
