package org.onetrip.projections.allegations;

import static org.assertj.core.api.Assertions.assertThat;

import co.elastic.clients.elasticsearch.ElasticsearchClient;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.AllegationReviewedEvent;
import org.onetrip.cases.api.CaseAcceptedEvent;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseEvent;
import org.onetrip.cases.api.CaseFiledEvent;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.ConflictOfInterestDecidedEvent;
import org.onetrip.cases.api.ConflictOfInterestDecisionRequestedEvent;
import org.onetrip.cases.api.FiledComplainant;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.projections.allegations.AllegationQueue.State;
import org.onetrip.projections.cases.CaseIndexForTests;
import org.onetrip.projections.cases.CaseProgress;
import org.onetrip.projections.support.ProjectionIndex;
import org.onetrip.projections.testing.SearchNode;
import org.onetrip.shared.api.Actor;
import org.onetrip.shared.api.Channel;
import org.onetrip.shared.api.EventContext;
import org.onetrip.shared.api.Role;

/** The discipline office's queue: allegations from their filing on, and conflict-of-interest requests. */
class AllegationProjectionTest {

    static final Actor INTAKE = new Actor("zhang.min", Role.INTAKE, "bianmin");
    static final Actor DISCIPLINE = new Actor("li.qing", Role.DISCIPLINE, "jiwei");

    ElasticsearchClient client = SearchNode.client();
    ProjectionIndex index;
    AllegationProjection projection;
    AllegationQueue queue;
    CaseIndexForTests cases;

    @BeforeEach
    void freshIndex() {
        index = new ProjectionIndex(
                client,
                SearchNode.uniquePrefix("allegations"),
                "projections/allegations-index.json",
                Clock.systemUTC());
        index.ensureExists();
        projection = new AllegationProjection(client, index);
        cases = new CaseIndexForTests(client);
        queue = new AllegationQueue(client, index.readAlias(), new CaseProgress.Lookup(client, cases.readAlias()));
    }

    static EventContext at(Actor actor, int minute) {
        return new EventContext(
                "e" + minute,
                actor,
                Channel.WORKBENCH,
                Instant.parse("2026-03-02T02:00:00Z").plusSeconds(60L * minute));
    }

    static CaseFiledEvent filed(String caseId, CaseKind kind, CaseCategory category, String concerned) {
        return new CaseFiledEvent(
                caseId,
                new EventContext(caseId + "-0", Actor.PUBLIC, Channel.PORTAL, Instant.parse("2026-03-02T01:00:00Z")),
                ReceiptCode.generate().value(),
                kind,
                category,
                "窗口人员推诿",
                "让我跑了三趟",
                null,
                concerned,
                FiledComplainant.NONE);
    }

    /** Feeds one case's events to both the queue and the case index, in order from its first. */
    void feed(List<CaseEvent> events) {
        for (int i = 0; i < events.size(); i++) {
            deliver(events.get(i), i);
        }
        cases.feed(events);
        index.refresh();
    }

    void deliver(CaseEvent event, long sequence) {
        if (event instanceof CaseFiledEvent e) {
            projection.on(e, sequence);
        } else if (event instanceof SupervisionOpenedEvent e) {
            projection.on(e, sequence);
        } else if (event instanceof AllegationReviewedEvent e) {
            projection.on(e, sequence);
        } else if (event instanceof ConflictOfInterestDecisionRequestedEvent e) {
            projection.on(e, sequence);
        } else if (event instanceof ConflictOfInterestDecidedEvent e) {
            projection.on(e, sequence);
        }
    }

    @Test
    void an_allegation_against_staff_is_in_the_queue_from_its_filing_before_anyone_handles_it() {
        feed(List.of(filed("a", CaseKind.COMPLAINT, CaseCategory.BUCK_PASSING, null)));
        feed(List.of(filed("b", CaseKind.COMPLAINT, CaseCategory.ATTITUDE, "minzheng")));
        feed(List.of(filed("c", CaseKind.COMPLAINT, CaseCategory.MORE_THAN_ONE_TRIP, null)));
        feed(List.of(filed("d", CaseKind.ENQUIRY, CaseCategory.OTHER, "minzheng")));

        var waiting = queue.queue(true);
        assertThat(waiting.entries()).extracting(e -> e.allegation().caseId).containsExactlyInAnyOrder("a", "b");
        assertThat(waiting.entries()).allSatisfy(entry -> {
            assertThat(entry.state()).isEqualTo(State.NEW);
            assertThat(entry.progress().status()).isEqualTo(CaseStatus.FILED);
        });
        assertThat(waiting.counts().get(State.NEW)).isEqualTo(2);
    }

    @Test
    void a_conflict_of_interest_request_comes_first_and_a_decision_takes_it_off_the_waiting_list() {
        var events = new ArrayList<CaseEvent>(List.of(
                filed("x", CaseKind.COMPLAINT, CaseCategory.OVERDUE, "guotu"),
                new CaseAcceptedEvent("x", at(INTAKE, 1), null),
                new ConflictOfInterestDecisionRequestedEvent("x", at(INTAKE, 2), "guotu", "只有国土所能批")));
        feed(events);
        feed(List.of(filed("y", CaseKind.COMPLAINT, CaseCategory.BUCK_PASSING, null)));

        var waiting = queue.queue(true).entries();
        assertThat(waiting).extracting(e -> e.allegation().caseId).containsExactly("x", "y");
        assertThat(waiting.get(0).state()).isEqualTo(State.DECISION_REQUESTED);
        assertThat(waiting.get(0).allegation().decisionRequestReason).isEqualTo("只有国土所能批");

        events.add(new ConflictOfInterestDecidedEvent("x", at(DISCIPLINE, 3), "guotu", true, "国土所办理，纪委办督办"));
        deliver(events.get(3), 3);
        index.refresh();
        assertThat(queue.queue(true).entries())
                .extracting(e -> e.allegation().caseId)
                .containsExactly("y");
        var decided = queue.queue(false).entries().stream()
                .filter(e -> e.allegation().caseId.equals("x"))
                .findFirst()
                .orElseThrow();
        assertThat(decided.state()).isEqualTo(State.DECIDED);
        assertThat(decided.allegation().permitted).isTrue();
        assertThat(decided.allegation().decisionReason).isEqualTo("国土所办理，纪委办督办");
    }

    @Test
    void a_review_or_supervision_takes_an_allegation_off_the_waiting_list_but_keeps_it_in_the_queue() {
        feed(List.of(
                filed("r", CaseKind.COMPLAINT, CaseCategory.IRREGULAR_HANDLING, null),
                new AllegationReviewedEvent("r", at(DISCIPLINE, 1), "已核实，无违规")));
        feed(List.of(
                filed("s", CaseKind.COMPLAINT, CaseCategory.BUCK_PASSING, null),
                new SupervisionOpenedEvent("s", at(DISCIPLINE, 1), "督办")));

        assertThat(queue.queue(true).entries()).isEmpty();
        var all = queue.queue(false);
        assertThat(all.entries())
                .extracting(e -> e.allegation().caseId + ":" + e.state())
                .containsExactlyInAnyOrder("r:REVIEWED", "s:UNDER_SUPERVISION");
        assertThat(all.entries().stream()
                        .filter(e -> e.allegation().caseId.equals("r"))
                        .findFirst()
                        .orElseThrow()
                        .allegation()
                        .reviews)
                .singleElement()
                .satisfies(review -> assertThat(review.finding()).isEqualTo("已核实，无违规"));
    }

    @Test
    void a_redelivered_event_changes_nothing_and_events_of_other_cases_are_ignored() {
        var events = List.<CaseEvent>of(
                filed("z", CaseKind.COMPLAINT, CaseCategory.BUCK_PASSING, null),
                new AllegationReviewedEvent("z", at(DISCIPLINE, 1), "已核实"));
        feed(events);
        deliver(events.get(1), 1);
        new AllegationProjection(client, index).on((AllegationReviewedEvent) events.get(1), 1);
        deliver(new SupervisionOpenedEvent("not-tracked", at(DISCIPLINE, 2), "督办"), 3);
        index.refresh();

        var all = queue.queue(false).entries();
        assertThat(all)
                .singleElement()
                .satisfies(entry -> assertThat(entry.allegation().reviews).hasSize(1));
    }
}
