package org.onetrip.cases.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.AccountabilityMeasure;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.AllegationReviewedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.cases.api.ProgressNoteAddedEvent;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;

/** What the discipline office found about staff is for the office and the auditors. */
class FindingsWithholdingTest {

    static final ObjectMapper JSON = new ObjectMapper().registerModule(new JavaTimeModule());
    static final Actor OFFICE = new Actor("li.qing", Role.DISCIPLINE, "jiwei");
    static final EventContext AT =
            new EventContext("e-1", OFFICE, Channel.WORKBENCH, Instant.parse("2026-03-02T02:00:00Z"));
    static final AccountabilityRecordedEvent ACCOUNTABLE = new AccountabilityRecordedEvent(
            "c-1", AT, "minzheng", "刘某某", AccountabilityMeasure.values()[0], "三次推诿，诫勉谈话");
    static final AllegationReviewedEvent REVIEWED = new AllegationReviewedEvent("c-1", AT, "存在违纪线索，移送处理");

    @Test
    void the_department_and_the_desk_see_that_accountability_was_recorded_and_the_measure_but_not_who_or_why() {
        for (var reader : new Actor[] {
            new Actor("handler.minzheng", Role.HANDLER, "minzheng"), new Actor("zhang.min", Role.INTAKE, "bianmin")
        }) {
            var shown = (AccountabilityRecordedEvent) FindingsWithholding.event(ACCOUNTABLE, reader);
            assertThat(shown.departmentCode()).isEqualTo("minzheng");
            assertThat(shown.measure()).isEqualTo(ACCOUNTABLE.measure());
            assertThat(shown.responsiblePerson()).isNull();
            assertThat(shown.findings()).isNull();
            assertThat(((AllegationReviewedEvent) FindingsWithholding.event(REVIEWED, reader)).finding())
                    .isNull();
        }
    }

    @Test
    void the_discipline_office_the_auditors_and_the_administrator_read_the_findings_in_full() {
        for (var reader :
                new Actor[] {OFFICE, new Actor("auditor", Role.AUDITOR, null), new Actor("admin", Role.ADMIN, null)}) {
            assertThat(FindingsWithholding.event(ACCOUNTABLE, reader)).isSameAs(ACCOUNTABLE);
            assertThat(FindingsWithholding.event(REVIEWED, reader)).isSameAs(REVIEWED);
        }
    }

    @Test
    void a_timeline_entry_of_the_findings_says_they_are_withheld_and_other_entries_are_unchanged() {
        var handler = new Actor("handler.minzheng", Role.HANDLER, "minzheng");
        var accountable =
                FindingsWithholding.entry(entry(ACCOUNTABLE), handler).payload().toString();
        assertThat(accountable)
                .doesNotContain("刘某某")
                .doesNotContain("推诿")
                .contains("\"findingsWithheld\":true")
                .contains("minzheng");
        assertThat(FindingsWithholding.entry(entry(REVIEWED), handler).payload().toString())
                .doesNotContain("违纪")
                .contains("\"findingsWithheld\":true");
        var note = entry(new ProgressNoteAddedEvent("c-1", AT, "minzheng", "已联系"));
        assertThat(FindingsWithholding.entry(note, handler)).isSameAs(note);
        var full = entry(ACCOUNTABLE);
        assertThat(FindingsWithholding.entry(full, OFFICE)).isSameAs(full);
    }

    private static CaseTimelineResponse.Entry entry(CaseEvent event) {
        return new CaseTimelineResponse.Entry(
                1, "e-1", event.getClass().getSimpleName(), AT.occurredAt(), JSON.valueToTree(event));
    }
}
