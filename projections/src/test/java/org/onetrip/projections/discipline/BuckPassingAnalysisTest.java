package org.onetrip.projections.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.projections.testing.CaseEvents.caseNamed;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.Rating;
import org.onetrip.projections.buckpassing.BuckPassingDetector;
import org.onetrip.projections.buckpassing.BuckPassingFlag;
import org.onetrip.projections.buckpassing.BuckPassingProperties;
import org.onetrip.projections.buckpassing.BuckPassingRule;
import org.onetrip.projections.cases.CaseDocument;
import org.onetrip.projections.cases.CaseDocumentFolder;
import org.onetrip.projections.performance.DepartmentMonth;
import org.onetrip.projections.performance.DepartmentPerformance;
import org.onetrip.projections.testing.CaseEvents;
import org.onetrip.projections.testing.ShippedCalendar;

class BuckPassingAnalysisTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 19);
    static final LocalDate TODAY = LocalDate.of(2026, 3, 25);

    final BuckPassingDetector detector =
            new BuckPassingDetector(BuckPassingProperties.defaults(), ShippedCalendar.workingDaysBetween());
    final CaseDocumentFolder folder = new CaseDocumentFolder(detector, ShippedCalendar.workingDaysBetween());
    final BuckPassingAnalysis analysis =
            new BuckPassingAnalysis(detector, BuckPassingProperties.defaults(), ShippedCalendar.workingDaysBetween());

    final List<CaseDocument> documents = List.of(
            fold(caseNamed("pingpong")
                    .filed()
                    .accepted()
                    .assigned("minzheng", DUE)
                    .returnedBy("minzheng")
                    .assigned("v-sidian", DUE)
                    .signedBy("v-sidian")
                    .transferred("v-sidian", "minzheng", DUE)
                    .signedBy("minzheng")),
            fold(caseNamed("reopened")
                    .filed()
                    .accepted()
                    .assigned("linye", DUE)
                    .signedBy("linye")
                    .answeredBy("linye")
                    .rated(Rating.DISSATISFIED)
                    .reopenedFor("linye", DUE)),
            fold(caseNamed("good")
                    .filed()
                    .accepted()
                    .assigned("shebao", DUE)
                    .daysLater(1)
                    .signedBy("shebao")
                    .answeredBy("shebao")
                    .rated(Rating.SATISFIED)
                    .closed()),
            fold(caseNamed("trip-1")
                    .filed(CaseCategory.MORE_THAN_ONE_TRIP, "item-42")
                    .accepted()
                    .assigned("cunzhen", DUE)),
            fold(caseNamed("trip-2")
                    .filed(CaseCategory.MORE_THAN_ONE_TRIP, "item-42")
                    .accepted()
                    .assigned("cunzhen", DUE)));

    @Test
    void flagged_cases_are_ranked_by_the_weight_of_their_flags_including_those_that_hold_only_today() {
        var report = analysis.report(documents, TODAY, null, 10);
        assertThat(report.cases())
                .extracting(BuckPassingReport.FlaggedCase::caseId)
                .startsWith("pingpong")
                .contains("reopened", "trip-1", "trip-2")
                .doesNotContain("good");
        var pingPong = report.cases().get(0);
        assertThat(pingPong.flags())
                .extracting(BuckPassingFlag::rule)
                .contains(
                        BuckPassingRule.PING_PONG,
                        BuckPassingRule.REPEATED_RETURNS_OR_TRANSFERS,
                        BuckPassingRule.OVERDUE_NOW);
        var unsigned = report.cases().stream()
                .filter(c -> c.caseId().equals("trip-1"))
                .findFirst()
                .orElseThrow();
        assertThat(unsigned.flags())
                .extracting(BuckPassingFlag::rule)
                .containsExactlyInAnyOrder(BuckPassingRule.LEFT_UNSIGNED, BuckPassingRule.OVERDUE_NOW);
    }

    @Test
    void more_than_one_trip_complaints_about_one_service_item_recur() {
        var items = analysis.report(documents, TODAY, null, 10).serviceItems();
        assertThat(items).singleElement().satisfies(item -> {
            assertThat(item.serviceItemCode()).isEqualTo("item-42");
            assertThat(item.caseIds()).containsExactlyInAnyOrder("trip-1", "trip-2");
            assertThat(item.departments()).containsExactly("cunzhen");
        });
    }

    @Test
    void a_department_filter_keeps_only_flags_naming_that_department() {
        var report = analysis.report(documents, TODAY, "linye", 10);
        assertThat(report.cases())
                .extracting(BuckPassingReport.FlaggedCase::caseId)
                .containsExactly("reopened");
        assertThat(report.serviceItems()).isEmpty();
    }

    @Test
    void each_department_is_summed_up_from_its_own_handling() {
        var summaries = analysis.departments(documents, TODAY);
        var minzheng = summary(summaries, "minzheng");
        assertThat(minzheng.returns()).isEqualTo(1);
        assertThat(minzheng.pingPongs()).isEqualTo(1);
        var village = summary(summaries, "v-sidian");
        assertThat(village.transfersOut()).isEqualTo(1);
        assertThat(village.pingPongs()).isEqualTo(1);
        var forestry = summary(summaries, "linye");
        assertThat(forestry.answers()).isEqualTo(1);
        assertThat(forestry.reopenRate()).isEqualTo(1.0);
        assertThat(forestry.dissatisfactionRate()).isEqualTo(1.0);
        var socialSecurity = summary(summaries, "shebao");
        assertThat(socialSecurity.averageWorkingDaysToSign()).isEqualTo(1.0);
        assertThat(socialSecurity.dissatisfactionRate()).isEqualTo(0.0);
        assertThat(socialSecurity.flagScore()).isZero();
        assertThat(summary(summaries, "cunzhen").overdueNow()).isEqualTo(2);
        assertThat(summaries.get(0).flagScore())
                .isGreaterThanOrEqualTo(summaries.get(summaries.size() - 1).flagScore());
    }

    @Test
    void monthly_performance_counts_answers_on_time_handling_days_and_satisfaction() {
        var months = DepartmentPerformance.of(documents, "2026-03", "2026-03");
        var shebao = months.stream()
                .filter(m -> m.departmentCode().equals("shebao"))
                .findFirst()
                .orElseThrow();
        assertThat(shebao.month()).isEqualTo("2026-03");
        assertThat(shebao.answered()).isEqualTo(1);
        assertThat(shebao.onTimeRate()).isEqualTo(1.0);
        assertThat(shebao.averageHandlingWorkingDays()).isEqualTo(1.0);
        assertThat(shebao.satisfactionRate()).isEqualTo(1.0);
        assertThat(months).extracting(DepartmentMonth::departmentCode).containsExactlyInAnyOrder("linye", "shebao");
        assertThat(DepartmentPerformance.of(documents, "2026-04", null)).isEmpty();
    }

    private static DepartmentSummary summary(List<DepartmentSummary> summaries, String department) {
        return summaries.stream()
                .filter(s -> s.departmentCode().equals(department))
                .findFirst()
                .orElseThrow();
    }

    private CaseDocument fold(CaseEvents history) {
        var doc = new CaseDocument();
        var events = new ArrayList<>(history.events());
        for (int i = 0; i < events.size(); i++) {
            folder.fold(doc, events.get(i), i);
        }
        return folder.withFindings(doc);
    }
}
