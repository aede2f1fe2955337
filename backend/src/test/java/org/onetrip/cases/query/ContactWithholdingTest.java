package org.onetrip.cases.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;

/** What staff timelines and audit views show of a filing. */
class ContactWithholdingTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());

    @Test
    void a_filing_shows_its_receipt_code_by_the_first_four_symbols_only_and_no_contact_while_the_event_is_unchanged() {
        var code = ReceiptCode.generate();
        var filed = new CaseFiledEvent(
                "c-1",
                new EventContext("e-1", Actor.PUBLIC, Channel.PORTAL, Instant.parse("2026-02-02T02:00:00Z")),
                code.value(),
                CaseKind.COMPLAINT,
                CaseCategory.OTHER,
                "路灯坏了",
                "泗店村口",
                null,
                null,
                new FiledComplainant(false, null, null, null, null));

        var shown = ContactWithholding.payload(filed, false, JSON).toString();

        assertThat(shown)
                .contains("\"receiptCode\":\"" + code.value().substring(0, 4) + "•••\"")
                .doesNotContain(code.value())
                .doesNotContain(code.value().substring(4, 8))
                .doesNotContain(code.grouped())
                .contains("路灯坏了")
                .contains("\"withheld\":true");
        assertThat(filed.receiptCode()).isEqualTo(code.value());
    }

    @Test
    void a_masked_receipt_code_is_the_same_for_every_spelling_of_it_and_says_nothing_of_what_is_no_code() {
        var code = ReceiptCode.generate();

        assertThat(ReceiptCode.masked(code.value())).isEqualTo(code.value().substring(0, 4) + "•••");
        assertThat(ReceiptCode.masked(code.grouped().toLowerCase())).isEqualTo(ReceiptCode.masked(code.value()));
        assertThat(ReceiptCode.masked("not a code at all")).isEqualTo("•••");
        assertThat(ReceiptCode.masked(null)).isNull();
    }
}
