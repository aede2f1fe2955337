package org.onetrip.cases.query;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseAssignedEvent;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseSignedForEvent;
import org.onetrip.cases.api.CaseTransferredEvent;
import org.onetrip.cases.api.DeadlineBasis;
import org.onetrip.cases.api.PublicCaseResponse.PublicTimelineEntry;
import org.onetrip.cases.api.TransferProposedEvent;
import org.onetrip.cases.api.TransferRejectedEvent;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;

/** What the public track page shows of a transfer that went through a proposal. */
class PublicCaseViewTest {

    static final LocalDate DUE = LocalDate.parse("2026-02-26");
    static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");
    static final Actor LAND_OFFICE = new Actor("handler.guotu", Role.HANDLER, "guotu");
    int number;

    @Test
    void proposals_and_rejections_are_internal_and_an_approved_transfer_shows_as_a_transfer_without_its_reason()
            throws Exception {
        var view = PublicCaseView.of(List.<CaseEvent>of(
                FiledCases.anonymousComplaint("c", context(Actor.PUBLIC)),
                new CaseAcceptedEvent("c", context(INTAKE), null),
                new CaseAssignedEvent(
                        "c", context(INTAKE), "guotu", null, DUE, 13, 2, DeadlineBasis.FIRST_ASSIGNMENT, null),
                new CaseSignedForEvent("c", context(LAND_OFFICE), "guotu"),
                new TransferProposedEvent("c", context(LAND_OFFICE), "guotu", "cunzhen", "申请人王某的邻居反映"),
                new TransferRejectedEvent("c", context(INTAKE), "guotu", "cunzhen", "已电话联系王某核实"),
                new TransferProposedEvent("c", context(LAND_OFFICE), "guotu", "xiangmu", "属项目用地，王某已知情"),
                new CaseTransferredEvent("c", context(INTAKE), "guotu", "xiangmu", "属项目用地，王某已知情", DUE)));

        assertThat(view.timeline())
                .extracting(PublicTimelineEntry::step)
                .containsExactly("FILED", "ACCEPTED", "ASSIGNED", "SIGNED_FOR", "TRANSFERRED");
        var transfer = view.timeline().get(4);
        assertThat(transfer.departmentCode()).isEqualTo("guotu");
        assertThat(transfer.toDepartmentCode()).isEqualTo("xiangmu");
        assertThat(transfer.dueDate()).isEqualTo(DUE);
        assertThat(view.departmentCode()).isEqualTo("xiangmu");
        var json = new ObjectMapper().registerModule(new JavaTimeModule()).writeValueAsString(view);
        assertThat(json)
                .doesNotContain("王某")
                .doesNotContain("cunzhen")
                .doesNotContain("handler.")
                .doesNotContain("zhang.min");
    }

    private EventContext context(Actor actor) {
        return new EventContext(
                "e-" + (++number),
                actor,
                actor.role() == Role.PUBLIC ? Channel.PORTAL : Channel.WORKBENCH,
                Instant.parse("2026-02-02T02:00:00Z").plusSeconds(60L * number));
    }
}
