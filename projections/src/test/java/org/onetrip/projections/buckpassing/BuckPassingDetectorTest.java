package org.onetrip.projections.buckpassing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;
import static org.assertj.core.api.Assertions.tuple;
import static org.onetrip.projections.buckpassing.BuckPassingRule.LEFT_UNSIGNED;
import static org.onetrip.projections.buckpassing.BuckPassingRule.OVERDUE_NOW;
import static org.onetrip.projections.buckpassing.BuckPassingRule.OVERDUE_WITHOUT_EXTENSION;
import static org.onetrip.projections.buckpassing.BuckPassingRule.PING_PONG;
import static org.onetrip.projections.buckpassing.BuckPassingRule.REOPENED_AFTER_DISSATISFACTION;
import static org.onetrip.projections.buckpassing.BuckPassingRule.REPEATED_EXTENSIONS;
import static org.onetrip.projections.buckpassing.BuckPassingRule.REPEATED_RETURNS_OR_TRANSFERS;
import static org.onetrip.projections.buckpassing.BuckPassingRule.REPEAT_COMPLAINT;
import static org.onetrip.projections.buckpassing.BuckPassingRule.SLOW_SIGNING;
import static org.onetrip.projections.testing.CaseEvents.caseNamed;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.Rating;
import org.onetrip.projections.cases.CaseDocument;
import org.onetrip.projections.cases.CaseDocumentFolder;
import org.onetrip.projections.testing.CaseEvents;
import org.onetrip.projections.testing.ShippedCalendar;

class BuckPassingDetectorTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 19);

    final BuckPassingDetector detector =
            new BuckPassingDetector(BuckPassingProperties.defaults(), ShippedCalendar.workingDaysBetween());
    final CaseDocumentFolder folder = new CaseDocumentFolder(detector, ShippedCalendar.workingDaysBetween());

    @Test
    void a_case_returned_then_transferred_is_flagged_for_repeated_bouncing_naming_both_events_and_departments() {
        var doc = fold(caseNamed("c1")
                .filed()
                .accepted()
                .assigned("minzheng", DUE)
                .returnedBy("minzheng")
                .assigned("v-sidian", DUE)
                .signedBy("v-sidian")
                .transferred("v-sidian", "guotu", DUE));
        var flag = only(doc, REPEATED_RETURNS_OR_TRANSFERS);
        assertThat(flag.eventIds()).containsExactly("c1-e4", "c1-e7");
        assertThat(flag.departments()).containsExactly("minzheng", "v-sidian");
        assertThat(flag.explanation()).contains("2 times");
        assertThat(flag.parameters()).containsExactly(entry("count", "2"));
    }

    @Test
    void one_return_alone_is_not_repeated_bouncing() {
        var doc = fold(caseNamed("c2")
                .filed()
                .accepted()
                .assigned("minzheng", DUE)
                .returnedBy("minzheng")
                .assigned("v-sidian", DUE));
        assertThat(rules(doc)).doesNotContain(REPEATED_RETURNS_OR_TRANSFERS, PING_PONG);
    }

    @Test
    void a_return_and_re_assignment_followed_by_a_transfer_back_is_a_ping_pong() {
        var doc = fold(caseNamed("c3")
                .filed()
                .accepted()
                .assigned("minzheng", DUE)
                .returnedBy("minzheng")
                .assigned("v-sidian", DUE)
                .signedBy("v-sidian")
                .transferred("v-sidian", "minzheng", DUE));
        var flag = only(doc, PING_PONG);
        assertThat(flag.departments()).containsExactly("minzheng", "v-sidian");
        assertThat(flag.eventIds()).containsExactly("c3-e3", "c3-e5", "c3-e7");
        assertThat(flag.explanation()).isEqualTo("bounced minzheng → v-sidian → minzheng");
        assertThat(flag.parameters())
                .containsExactly(entry("department", "minzheng"), entry("otherDepartment", "v-sidian"));
    }

    @Test
    void moving_on_to_a_third_department_is_no_ping_pong() {
        var doc = fold(caseNamed("c4")
                .filed()
                .accepted()
                .assigned("minzheng", DUE)
                .transferred("minzheng", "v-sidian", DUE)
                .transferred("v-sidian", "guotu", DUE));
        assertThat(rules(doc)).contains(REPEATED_RETURNS_OR_TRANSFERS).doesNotContain(PING_PONG);
    }

    @Test
    void re_assigning_to_the_same_department_after_a_return_is_no_ping_pong() {
        var doc = fold(caseNamed("c5")
                .filed()
                .accepted()
                .assigned("minzheng", DUE)
                .returnedBy("minzheng")
                .assigned("minzheng", DUE));
        assertThat(rules(doc)).doesNotContain(PING_PONG);
    }

    @Test
    void signing_two_working_days_after_assignment_is_slow_and_the_next_day_is_not() {
        var slow = fold(caseNamed("c6")
                .filed()
                .accepted()
                .assigned("guotu", DUE)
                .daysLater(2)
                .signedBy("guotu"));
        assertThat(only(slow, SLOW_SIGNING).departments()).containsExactly("guotu");
        assertThat(only(slow, SLOW_SIGNING).parameters())
                .containsExactly(entry("department", "guotu"), entry("workingDays", "2"));
        var prompt = fold(caseNamed("c7")
                .filed()
                .accepted()
                .assigned("guotu", DUE)
                .daysLater(1)
                .signedBy("guotu"));
        assertThat(rules(prompt)).doesNotContain(SLOW_SIGNING);
    }

    @Test
    void a_weekend_does_not_count_as_waiting_to_sign() {
        var doc = fold(caseNamed("c8")
                .filed()
                .accepted()
                .daysLater(4)
                .assigned("guotu", DUE)
                .daysLater(3)
                .signedBy("guotu"));
        assertThat(rules(doc)).doesNotContain(SLOW_SIGNING);
    }

    @Test
    void an_answer_after_the_deadline_is_overdue_and_one_on_the_day_is_not() {
        var late = fold(caseNamed("c9")
                .filed()
                .accepted()
                .assigned("guotu", LocalDate.of(2026, 3, 3))
                .signedBy("guotu")
                .daysLater(2)
                .answeredBy("guotu"));
        assertThat(only(late, OVERDUE_WITHOUT_EXTENSION).explanation()).contains("without an approved extension");
        assertThat(only(late, OVERDUE_WITHOUT_EXTENSION).parameters())
                .containsExactly(
                        entry("department", "guotu"),
                        entry("answeredOn", "2026-03-04"),
                        entry("dueDate", "2026-03-03"),
                        entry("extended", "false"));
        var onTime = fold(caseNamed("c10")
                .filed()
                .accepted()
                .assigned("guotu", LocalDate.of(2026, 3, 3))
                .signedBy("guotu")
                .daysLater(1)
                .answeredBy("guotu"));
        assertThat(rules(onTime)).doesNotContain(OVERDUE_WITHOUT_EXTENSION);
    }

    @Test
    void an_approved_extension_moves_the_deadline_the_overdue_rule_checks() {
        var doc = fold(caseNamed("c11")
                .filed()
                .accepted()
                .assigned("guotu", LocalDate.of(2026, 3, 3))
                .signedBy("guotu")
                .extensionRequestedBy("guotu")
                .extensionApproved("guotu", LocalDate.of(2026, 3, 3), LocalDate.of(2026, 3, 10))
                .daysLater(5)
                .answeredBy("guotu"));
        assertThat(rules(doc)).doesNotContain(OVERDUE_WITHOUT_EXTENSION);
    }

    @Test
    void asking_for_more_time_twice_is_flagged_and_once_is_not() {
        var twice = fold(caseNamed("c12")
                .filed()
                .accepted()
                .assigned("guotu", DUE)
                .signedBy("guotu")
                .extensionRequestedBy("guotu")
                .extensionRequestedBy("guotu"));
        assertThat(only(twice, REPEATED_EXTENSIONS).eventIds()).hasSize(2);
        assertThat(only(twice, REPEATED_EXTENSIONS).parameters()).containsExactly(entry("count", "2"));
        var once = fold(caseNamed("c13")
                .filed()
                .accepted()
                .assigned("guotu", DUE)
                .signedBy("guotu")
                .extensionRequestedBy("guotu"));
        assertThat(rules(once)).doesNotContain(REPEATED_EXTENSIONS);
    }

    @Test
    void a_reopening_after_a_dissatisfied_rating_is_flagged_against_the_answering_department() {
        var doc = fold(caseNamed("c14")
                .filed()
                .accepted()
                .assigned("linye", DUE)
                .signedBy("linye")
                .answeredBy("linye")
                .rated(Rating.DISSATISFIED)
                .reopenedFor("linye", DUE));
        assertThat(only(doc, REOPENED_AFTER_DISSATISFACTION).departments()).containsExactly("linye");
        assertThat(only(doc, REOPENED_AFTER_DISSATISFACTION).parameters())
                .containsExactly(entry("department", "linye"));
        var satisfied = fold(caseNamed("c15")
                .filed()
                .accepted()
                .assigned("linye", DUE)
                .signedBy("linye")
                .answeredBy("linye")
                .rated(Rating.SATISFIED)
                .closed());
        assertThat(satisfied.flags()).isEmpty();
    }

    @Test
    void a_duplicate_merged_in_marks_a_repeat_complaint() {
        var doc = fold(
                caseNamed("c16").filed().accepted().assigned("minzheng", DUE).duplicateMerged("dup-1"));
        var flag = only(doc, REPEAT_COMPLAINT);
        assertThat(flag.departments()).containsExactly("minzheng");
        assertThat(flag.explanation()).contains("2 times");
        assertThat(flag.parameters()).containsExactly(entry("count", "2"));
    }

    @Test
    void a_case_still_unsigned_two_working_days_later_is_left_unsigned_as_of_today() {
        var doc = fold(caseNamed("c17").filed().accepted().assigned("guotu", DUE));
        assertThat(rulesAsOf(doc, LocalDate.of(2026, 3, 4))).containsExactly(LEFT_UNSIGNED);
        assertThat(rulesAsOf(doc, LocalDate.of(2026, 3, 3))).isEmpty();
    }

    @Test
    void an_open_case_past_its_deadline_is_overdue_now_and_an_answered_one_is_not() {
        var open = fold(caseNamed("c18")
                .filed()
                .accepted()
                .assigned("guotu", LocalDate.of(2026, 3, 3))
                .signedBy("guotu"));
        assertThat(rulesAsOf(open, LocalDate.of(2026, 3, 4))).containsExactly(OVERDUE_NOW);
        var answered = fold(caseNamed("c19")
                .filed()
                .accepted()
                .assigned("guotu", LocalDate.of(2026, 3, 3))
                .signedBy("guotu")
                .answeredBy("guotu"));
        assertThat(rulesAsOf(answered, LocalDate.of(2026, 3, 20))).isEmpty();
    }

    @Test
    void flags_that_hold_as_of_today_carry_the_department_and_the_days_or_date_as_parameters() {
        var unsigned = fold(caseNamed("c21").filed().accepted().assigned("guotu", LocalDate.of(2026, 3, 3)));
        assertThat(detector.detectAsOf(unsigned.steps(), unsigned.isOpen(), LocalDate.of(2026, 3, 5)))
                .extracting(BuckPassingFlag::rule, BuckPassingFlag::parameters)
                .containsExactly(
                        tuple(LEFT_UNSIGNED, Map.of("department", "guotu", "workingDays", "3")),
                        tuple(OVERDUE_NOW, Map.of("department", "guotu", "dueDate", "2026-03-03")));
    }

    @Test
    void thresholds_come_from_configuration() {
        var strict =
                new BuckPassingDetector(new BuckPassingProperties(3, 0, 3, 2), ShippedCalendar.workingDaysBetween());
        var steps = fold(caseNamed("c20")
                        .filed()
                        .accepted()
                        .assigned("guotu", DUE)
                        .daysLater(1)
                        .signedBy("guotu")
                        .transferred("guotu", "cunzhen", DUE)
                        .transferred("cunzhen", "xiangmu", DUE))
                .steps();
        assertThat(strict.detect(steps)).extracting(BuckPassingFlag::rule).containsExactly(SLOW_SIGNING);
    }

    private CaseDocument fold(CaseEvents history) {
        var doc = new CaseDocument();
        long sequence = 0;
        for (var event : history.events()) {
            folder.fold(doc, event, sequence++);
        }
        return folder.withFindings(doc);
    }

    private static List<BuckPassingRule> rules(CaseDocument doc) {
        return doc.flags().stream().map(BuckPassingFlag::rule).toList();
    }

    private List<BuckPassingRule> rulesAsOf(CaseDocument doc, LocalDate today) {
        return detector.detectAsOf(doc.steps(), doc.isOpen(), today).stream()
                .map(BuckPassingFlag::rule)
                .toList();
    }

    private static BuckPassingFlag only(CaseDocument doc, BuckPassingRule rule) {
        var matching = doc.flags().stream().filter(flag -> flag.rule() == rule).toList();
        assertThat(matching).as(rule + " in " + doc.flags()).hasSize(1);
        return matching.get(0);
    }
}
