package org.onetrip.projections.agency;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.agency.api.AgencyItem;
import org.onetrip.agency.api.AgencyRequestRegisteredEvent;
import org.onetrip.agency.api.AgencyResult;
import org.onetrip.agency.api.AgencyResultHandedBackEvent;
import org.onetrip.agency.api.AgentAssignedEvent;
import org.onetrip.agency.api.BeneficiaryGroup;
import org.onetrip.calendar.api.Deadline;
import org.onetrip.projections.cases.DeadlineStatus;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.testing.SearchNode;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;

/** The centre's list on Wednesday 2026-10-14: requests flagged against their promised dates like cases. */
class AgencyProjectionTest {

    static final Clock WEDNESDAY = Clock.fixed(Instant.parse("2026-10-14T02:00:00Z"), ZoneOffset.UTC);
    static final AgencyItem ITEM = new AgencyItem("MZ-005", "高龄津贴", "minzheng", 5, 1);

    @Test
    void open_requests_past_their_date_are_overdue_those_due_within_two_working_days_due_soon() {
        var client = SearchNode.client();
        var index = new ProjectionIndex(
                client, SearchNode.uniquePrefix("agency"), "projections/agency-index.json", WEDNESDAY);
        index.ensureExists();
        var projection = new AgencyProjection(client, index);
        for (int round = 0; round < 2; round++) {
            projection.on(registered("ag-late", "2026-10-13", "v-sidian"), 0);
            projection.on(new AgentAssignedEvent("ag-late", ctx(), "handler.v-sidian", "v-sidian"), 1);
            projection.on(registered("ag-soon", "2026-10-15", null), 0);
            projection.on(registered("ag-fine", "2026-10-30", null), 0);
            projection.on(registered("ag-back-late", "2026-10-09", null), 0);
            projection.on(
                    new AgencyResultHandedBackEvent(
                            "ag-back-late", ctx(), AgencyResult.COMPLETED, null, List.of(), false, "minzheng"),
                    1);
        }
        index.refresh();
        var search = new AgencySearch(client, index.readAlias(), today -> LocalDate.parse("2026-10-16"), WEDNESDAY);

        var open = search.list(new AgencySearch.Filter(true, false, null, null));
        assertThat(open)
                .extracting(e -> e.request().requestId, AgencySearch.Entry::deadline)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("ag-late", DeadlineStatus.OVERDUE),
                        org.assertj.core.groups.Tuple.tuple("ag-soon", DeadlineStatus.DUE_SOON),
                        org.assertj.core.groups.Tuple.tuple("ag-fine", DeadlineStatus.ON_TIME));
        assertThat(search.list(new AgencySearch.Filter(false, true, null, null)))
                .extracting(e -> e.request().requestId)
                .containsExactly("ag-late");
        assertThat(search.list(new AgencySearch.Filter(false, false, null, null)))
                .filteredOn(e -> e.request().requestId.equals("ag-back-late"))
                .singleElement()
                .satisfies(e -> assertThat(e.deadline()).isEqualTo(DeadlineStatus.OVERDUE));
        assertThat(search.list(new AgencySearch.Filter(true, false, "v-sidian", null)))
                .extracting(e -> e.request().requestId)
                .containsExactly("ag-late");
        assertThat(open.get(0).request().steps).isZero();
    }

    private static AgencyRequestRegisteredEvent registered(String id, String due, String village) {
        return new AgencyRequestRegisteredEvent(
                id,
                ctx(),
                "SECRETCODE000001X",
                ITEM,
                BeneficiaryGroup.ELDERLY,
                village,
                new Deadline(LocalDate.parse(due), 5, 2),
                null,
                null);
    }

    private static EventContext ctx() {
        return new EventContext(
                "e",
                new Actor("zhang.min", Role.INTAKE, "bianmin"),
                Channel.HOTLINE,
                Instant.parse("2026-10-01T02:00:00Z"));
    }
}
