package org.onetrip.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.Role;

/** The timeline search gives the discipline office's findings only to those who read them. */
class TimelineSearchFindingsTest {

    static final Instant AT = Instant.parse("2026-03-02T02:00:00Z");

    static TimelineEntryDocument entry(String type, String text) {
        return new TimelineEntryDocument(
                "e-" + type,
                "c-1",
                3,
                type,
                AT,
                "2026-03",
                "li.qing",
                Role.DISCIPLINE,
                "jiwei",
                Channel.WORKBENCH,
                "minzheng",
                null,
                null,
                null,
                null,
                null,
                text);
    }

    static final TimelineSearch.Response FOUND = new TimelineSearch.Response(
            2,
            0,
            50,
            List.of(entry("AccountabilityRecordedEvent", "刘某某三次推诿，诫勉谈话"), entry("CaseReturnedEvent", "不属本单位")));

    @Test
    void the_desk_sees_that_accountability_was_recorded_but_not_its_findings() {
        var shown = FOUND.readBy(new Actor("zhang.min", Role.INTAKE, "bianmin"));
        assertThat(shown.entries().get(0).type()).isEqualTo("AccountabilityRecordedEvent");
        assertThat(shown.entries().get(0).department()).isEqualTo("minzheng");
        assertThat(shown.entries().get(0).text()).isNull();
        assertThat(shown.entries().get(1).text()).isEqualTo("不属本单位");
        assertThat(shown.total()).isEqualTo(2);
    }

    @Test
    void the_office_the_auditors_and_the_administrator_read_them() {
        for (var role : List.of(Role.DISCIPLINE, Role.AUDITOR, Role.ADMIN)) {
            assertThat(FOUND.readBy(new Actor("x", role, null))).isSameAs(FOUND);
        }
    }
}
