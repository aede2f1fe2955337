package org.onetrip.projections.timeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.projections.testing.CaseEvents.caseNamed;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.testing.SearchNode;

class TimelineProjectionTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 30);

    @Test
    void every_transfer_out_of_guotu_in_march_and_nothing_else() {
        var client = SearchNode.client();
        var index = new ProjectionIndex(
                client, SearchNode.uniquePrefix("timeline"), "projections/timeline-index.json", Clock.systemUTC());
        index.ensureExists();
        var projection = new TimelineProjection(client, index);
        var march = caseNamed("m1")
                .filed()
                .accepted()
                .assigned("guotu", DUE)
                .transferred("guotu", "cunzhen", DUE)
                .transferred("cunzhen", "guotu", DUE)
                .transferred("guotu", "xiangmu", DUE)
                .events();
        var april = caseNamed("a1")
                .filed()
                .accepted()
                .daysLater(31)
                .assigned("guotu", DUE)
                .transferred("guotu", "cunzhen", DUE)
                .events();
        feed(projection, march);
        feed(projection, april);
        feed(projection, march);
        index.refresh();

        var search = new TimelineSearch(client, index.readAlias());
        var result = search.search(new TimelineSearch.Request(
                null,
                List.of("CaseTransferredEvent"),
                null,
                "guotu",
                null,
                Instant.parse("2026-02-28T16:00:00Z"),
                Instant.parse("2026-03-31T16:00:00Z"),
                0,
                50));
        assertThat(result.total()).as("redelivered events overwrite themselves").isEqualTo(2);
        assertThat(result.entries())
                .extracting(TimelineEntryDocument::toDepartment)
                .containsExactly("cunzhen", "xiangmu");
        assertThat(result.entries()).allSatisfy(entry -> {
            assertThat(entry.caseId()).isEqualTo("m1");
            assertThat(entry.month()).isEqualTo("2026-03");
        });
        var filed = search.search(new TimelineSearch.Request(
                        "m1", List.of("CaseFiledEvent"), null, null, null, null, null, 0, 10))
                .entries()
                .get(0);
        assertThat(filed.text()).doesNotContain("13800000000").doesNotContain("王某");
        assertThat(((CaseTransferredEvent) march.get(3)).context().eventId())
                .isEqualTo(result.entries().get(0).eventId());
    }

    @Test
    void proposals_and_rejections_are_on_the_staff_timeline_and_an_approval_is_an_ordinary_transfer() {
        var client = SearchNode.client();
        var index = new ProjectionIndex(
                client, SearchNode.uniquePrefix("timeline"), "projections/timeline-index.json", Clock.systemUTC());
        index.ensureExists();
        var projection = new TimelineProjection(client, index);
        feed(
                projection,
                caseNamed("p1")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .transferProposed("guotu", "cunzhen", "规划归村镇中心")
                        .transferRejected("guotu", "cunzhen", "用地审批归国土所")
                        .transferProposed("guotu", "xiangmu", "属项目用地")
                        .transferApproved("guotu", "xiangmu", "属项目用地", DUE)
                        .events());
        index.refresh();

        var search = new TimelineSearch(client, index.readAlias());
        var entries = search.search(new TimelineSearch.Request("p1", null, null, null, null, null, null, 0, 50))
                .entries();
        assertThat(entries)
                .extracting(TimelineEntryDocument::type)
                .containsSubsequence(
                        "TransferProposedEvent",
                        "TransferRejectedEvent",
                        "TransferProposedEvent",
                        "CaseTransferredEvent");
        var rejected = entries.stream()
                .filter(e -> e.type().equals("TransferRejectedEvent"))
                .findFirst()
                .orElseThrow();
        assertThat(rejected.fromDepartment()).isEqualTo("guotu");
        assertThat(rejected.toDepartment()).isEqualTo("cunzhen");
        assertThat(rejected.actorRole()).isEqualTo(org.onetrip.shared.api.Role.INTAKE);
        assertThat(rejected.text()).isEqualTo("用地审批归国土所");
        var proposals = search.search(new TimelineSearch.Request(
                null, List.of("TransferProposedEvent"), null, "guotu", null, null, null, 0, 50));
        assertThat(proposals.entries())
                .extracting(TimelineEntryDocument::toDepartment)
                .containsExactlyInAnyOrder("cunzhen", "xiangmu");
        var transfers = search.search(
                new TimelineSearch.Request("p1", List.of("CaseTransferredEvent"), null, null, null, null, null, 0, 50));
        assertThat(transfers.total()).as("only the approval moved the case").isEqualTo(1);
    }

    private static void feed(TimelineProjection projection, List<CaseEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            projection.on(events.get(i), i);
        }
    }
}
