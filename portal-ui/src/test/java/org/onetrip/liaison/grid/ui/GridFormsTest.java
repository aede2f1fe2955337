package org.onetrip.liaison.grid.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.Complainant;
import org.onetrip.grid.application.VisitReport;
import org.onetrip.liaison.LiaisonUi;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.projections.liaison.GridDocument;

/** The visit and norm forms check their fields on the server, say what is wrong next to each, and send nothing else. */
class GridFormsTest {

    static final LocalDate TODAY = LocalDate.parse("2026-03-10");
    static final List<Department> DEPARTMENTS =
            List.of(new Department("cunzhen", "村镇中心", "Village and Town Planning Centre", DepartmentType.OFFICE, null));

    final List<VisitReport> sent = new ArrayList<>();

    @BeforeEach
    void setUp() {
        LiaisonUi.setup(Locale.SIMPLIFIED_CHINESE);
    }

    @AfterEach
    void tearDown() {
        LiaisonUi.tearDown();
    }

    VisitForm form() {
        var grid = new GridDocument();
        grid.gridId = "sidian-1";
        grid.name = "泗店村一网格";
        return new VisitForm(List.of(grid), TODAY, DEPARTMENTS, (gridId, report) -> sent.add(report));
    }

    @Test
    void a_visit_needs_a_place_and_someone_called_on_and_logs_nothing_without() {
        var form = form();
        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(form.place.isInvalid()).isTrue();
        assertThat(form.households.isInvalid()).isTrue();
        assertThat(form.households.getErrorMessage()).isEqualTo("至少走访一户或一家企业。");
    }

    @Test
    void an_issue_settled_on_the_spot_says_how_and_a_resident_s_phone_is_a_phone_number() {
        var form = form();
        form.place.setValue("泗店村一组");
        form.households.setValue(3);
        form.addRow();
        form.addRow();
        var toCase = form.rows.get(0);
        toCase.summary.setValue("村东路灯不亮");
        toCase.residentName.setValue("李大爷");
        toCase.residentPhone.setValue("call me");
        var settled = form.rows.get(1);
        settled.summary.setValue("政策咨询");
        settled.raiseAsCase.setValue(false);
        form.submit.click();

        assertThat(sent).isEmpty();
        assertThat(toCase.residentPhone.isInvalid()).isTrue();
        assertThat(settled.resolution.isInvalid()).isTrue();
        assertThat(settled.resolution.isVisible()).isTrue();
        assertThat(settled.residentPhone.isVisible())
                .as("no contact for an issue settled on the spot")
                .isFalse();

        toCase.residentPhone.setValue("13800005555");
        settled.resolution.setValue("当场解答");
        form.submit.click();

        assertThat(sent).singleElement().satisfies(report -> {
            assertThat(report.place()).isEqualTo("泗店村一组");
            assertThat(report.households()).isEqualTo(3);
            assertThat(report.visitedOn()).isEqualTo(TODAY);
            var first = report.issues().get(0);
            assertThat(first.raiseAsCase()).isTrue();
            assertThat(first.category()).isEqualTo(CaseCategory.OTHER);
            assertThat(first.resident()).isEqualTo(new Complainant("李大爷", "13800005555", null, false));
            var second = report.issues().get(1);
            assertThat(second.raiseAsCase()).isFalse();
            assertThat(second.resolution()).isEqualTo("当场解答");
            assertThat(second.resident()).isNull();
        });
        assertThat(form.rows).as("the form is cleared for the next visit").isEmpty();
    }

    @Test
    void a_visit_older_than_a_month_is_not_taken() {
        var form = form();
        form.place.setValue("一组");
        form.households.setValue(1);
        form.visitedOn.setValue(TODAY.minusDays(40));
        form.submit.click();
        assertThat(sent).isEmpty();
        assertThat(form.visitedOn.isInvalid()).isTrue();
    }

    @Test
    void a_norm_is_one_to_ten_visits_from_a_coming_month_with_a_reason() {
        var norms = new ArrayList<NormForm.NewNorm>();
        var form = new NormForm(YearMonth.of(2026, 3), true, norms::add);
        form.visits.setValue(11);
        form.reason.setValue("多");
        form.submit.click();
        assertThat(norms).isEmpty();
        assertThat(form.visits.isInvalid()).isTrue();

        form.visits.setValue(2);
        form.reason.setValue("汛期加密走访");
        form.submit.click();
        assertThat(norms).containsExactly(new NormForm.NewNorm(2, YearMonth.of(2026, 4), "汛期加密走访"));
        assertThat(new NormForm(YearMonth.of(2026, 3), false, norms::add).submit.isAttached())
                .as("only 党政办 and administrators get the form")
                .isFalse();
    }
}
