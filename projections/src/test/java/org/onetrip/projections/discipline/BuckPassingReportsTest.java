package org.onetrip.projections.discipline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.projections.testing.CaseEvents.caseNamed;

import co.elastic.clients.elasticsearch._types.query_dsl.Query;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.Rating;
import org.onetrip.projections.buckpassing.BuckPassingDetector;
import org.onetrip.projections.buckpassing.BuckPassingProperties;
import org.onetrip.projections.cases.CaseDocument;
import org.onetrip.projections.cases.CaseDocuments;
import org.onetrip.projections.cases.CaseIndexForTests;
import org.onetrip.projections.testing.CaseEvents;
import org.onetrip.projections.testing.SearchNode;
import org.onetrip.projections.testing.ShippedCalendar;

/**
 * The report and the summaries read from the index (candidates and aggregations) are the ones the analysis gives
 * over every case document, on a fed set of cases that covers every rule, for several days and departments.
 */
class BuckPassingReportsTest {

    static final LocalDate DUE = LocalDate.of(2026, 3, 19);
    static final LocalDate LATER_DUE = LocalDate.of(2026, 5, 29);

    final BuckPassingDetector detector =
            new BuckPassingDetector(BuckPassingProperties.defaults(), ShippedCalendar.workingDaysBetween());
    final BuckPassingAnalysis analysis =
            new BuckPassingAnalysis(detector, BuckPassingProperties.defaults(), ShippedCalendar.workingDaysBetween());

    CaseIndexForTests index;
    CaseDocuments documents;
    BuckPassingReports reports;

    @BeforeEach
    void feedCases() {
        var client = SearchNode.client();
        index = new CaseIndexForTests(client);
        documents = new CaseDocuments(client, index.readAlias());
        reports =
                new BuckPassingReports(client, index.readAlias(), analysis, detector, BuckPassingProperties.defaults());
        for (var history : histories()) {
            index.feed(history.events());
        }
    }

    static List<CaseEvents> histories() {
        return List.of(
                caseNamed("pingpong")
                        .filed()
                        .accepted()
                        .assigned("minzheng", DUE)
                        .returnedBy("minzheng")
                        .assigned("v-sidian", DUE)
                        .signedBy("v-sidian")
                        .transferred("v-sidian", "minzheng", DUE)
                        .signedBy("minzheng"),
                caseNamed("reopened")
                        .filed()
                        .accepted()
                        .assigned("linye", DUE)
                        .signedBy("linye")
                        .answeredBy("linye")
                        .rated(Rating.DISSATISFIED)
                        .reopenedFor("linye", DUE),
                caseNamed("good")
                        .filed()
                        .accepted()
                        .assigned("shebao", DUE)
                        .daysLater(1)
                        .signedBy("shebao")
                        .answeredBy("shebao")
                        .rated(Rating.SATISFIED)
                        .closed(),
                caseNamed("late-answer")
                        .filed()
                        .accepted()
                        .assigned("shebao", DUE)
                        .daysLater(3)
                        .signedBy("shebao")
                        .extensionRequestedBy("shebao")
                        .extensionDenied("shebao")
                        .extensionRequestedBy("shebao")
                        .daysLater(20)
                        .answeredBy("shebao")
                        .rated(Rating.SATISFIED),
                caseNamed("duplicate")
                        .filed()
                        .accepted()
                        .assigned("zhujian", LATER_DUE)
                        .duplicateMerged("other-case"),
                caseNamed("trip-1")
                        .filed(CaseCategory.MORE_THAN_ONE_TRIP, "item-42")
                        .accepted()
                        .assigned("cunzhen", DUE),
                caseNamed("trip-2")
                        .filed(CaseCategory.MORE_THAN_ONE_TRIP, "item-42")
                        .accepted()
                        .assigned("cunzhen", DUE)
                        .signedBy("cunzhen")
                        .answeredBy("cunzhen"),
                caseNamed("lonely-trip")
                        .filed(CaseCategory.MORE_THAN_ONE_TRIP, "item-7")
                        .accepted()
                        .assigned("shebao", LATER_DUE)
                        .signedBy("shebao"),
                caseNamed("april-unsigned").daysLater(38).filed().accepted().assigned("zhujian", LATER_DUE),
                caseNamed("april-signed")
                        .daysLater(40)
                        .filed()
                        .accepted()
                        .assigned("minzheng", LATER_DUE)
                        .daysLater(2)
                        .signedBy("minzheng"),
                caseNamed("only-filed").daysLater(44).filed());
    }

    @Test
    void the_report_from_the_index_is_the_report_over_every_case_on_every_day_and_for_every_department() {
        var all = all();
        for (var today : days()) {
            for (var department :
                    new String[] {null, "minzheng", "linye", "shebao", "cunzhen", "zhujian", "v-sidian", "nobody"}) {
                assertThat(reports.report(today, department, 100))
                        .as("report of %s for %s", today, department)
                        .isEqualTo(analysis.report(all, today, department, 100));
            }
            assertThat(reports.report(today, null, 2)).isEqualTo(analysis.report(all, today, null, 2));
        }
        assertThat(reports.report(LocalDate.of(2026, 4, 20), null, 100).cases())
                .extracting(BuckPassingReport.FlaggedCase::caseId)
                .contains("pingpong", "reopened", "late-answer", "duplicate", "trip-1", "april-unsigned")
                .doesNotContain("good", "april-signed", "only-filed");
    }

    @Test
    void the_department_summaries_summed_by_the_index_are_those_over_every_case() {
        var all = all();
        for (var today : days()) {
            assertThat(reports.departments(today)).as("on %s", today).isEqualTo(analysis.departments(all, today));
        }
        var today = LocalDate.of(2026, 4, 20);
        assertThat(reports.departments(today))
                .filteredOn(s -> s.departmentCode().equals("shebao"))
                .singleElement()
                .satisfies(shebao -> {
                    assertThat(shebao.casesHandled()).isEqualTo(3);
                    assertThat(shebao.answeredLate()).isEqualTo(1);
                    assertThat(shebao.averageWorkingDaysToSign()).isNotNull();
                });
        assertThat(reports.departments(today))
                .filteredOn(s -> s.departmentCode().equals("cunzhen"))
                .singleElement()
                .satisfies(cunzhen -> assertThat(cunzhen.overdueNow()).isEqualTo(1));
    }

    @Test
    void each_month_sums_the_cases_filed_in_it() {
        var all = all();
        var today = LocalDate.of(2026, 4, 20);
        for (var month : List.of(YearMonth.of(2026, 2), YearMonth.of(2026, 3), YearMonth.of(2026, 4))) {
            var filed = all.stream()
                    .filter(doc -> YearMonth.from(doc.filedAt().atZone(WorkingDayCalendar.ZONE))
                            .equals(month))
                    .toList();
            assertThat(reports.departmentsFiledIn(month, today))
                    .as("%s", month)
                    .isEqualTo(analysis.departments(filed, today));
        }
        assertThat(reports.departmentsFiledIn(YearMonth.of(2026, 4), today))
                .extracting(DepartmentSummary::departmentCode)
                .containsExactlyInAnyOrder("zhujian", "minzheng");
    }

    @Test
    void redelivered_and_replayed_events_leave_the_sums_as_they_were() {
        var today = LocalDate.of(2026, 4, 20);
        var before = reports.departments(today);
        for (var history : histories()) {
            index.feed(history.events());
        }
        assertThat(reports.departments(today)).isEqualTo(before);
        assertThat(reports.report(today, null, 100)).isEqualTo(analysis.report(all(), today, null, 100));
    }

    private static List<LocalDate> days() {
        return List.of(
                LocalDate.of(2026, 3, 2),
                LocalDate.of(2026, 3, 5),
                LocalDate.of(2026, 3, 6),
                LocalDate.of(2026, 3, 19),
                LocalDate.of(2026, 3, 20),
                LocalDate.of(2026, 4, 20),
                LocalDate.of(2026, 6, 1));
    }

    private List<CaseDocument> all() {
        var all = new ArrayList<CaseDocument>();
        documents.forEach(Query.of(q -> q.matchAll(m -> m)), all::add);
        return all;
    }
}
