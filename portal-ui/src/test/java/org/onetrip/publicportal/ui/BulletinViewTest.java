package org.onetrip.publicportal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.Svg;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.disclosure.api.BulletinResponse;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.publicportal.PublicPortal;

/** The public bulletin pages over a stand-in portal service: list, table, charts, links, reproducibility. */
class BulletinViewTest {

    static final String SCRIPT = "<script>alert(1)</script>";

    private final PublicPortal portal = mock(PublicPortal.class);

    @AfterEach
    void tearDown() {
        PublicUi.tearDown();
    }

    @Test
    void a_bulletin_shows_every_department_figure_the_charts_the_exports_and_what_makes_it_reproducible() {
        PublicUi.setup(Locale.ENGLISH);
        when(portal.department(any())).thenReturn(Optional.empty());
        var view = new BulletinView(portal);
        view.show(bulletin("b-11", YearMonth.of(2026, 11), "11月通报" + SCRIPT));

        var text = PublicUi.text(view.getElement());
        assertThat(text)
                .contains("11月通报" + SCRIPT)
                .contains(
                        "Month 2026-11: from 2026-11-01 00:00 to 2026-11-26 16:00 (exclusive), published 2026-11-26 16:05")
                .contains(
                        "cut-off 2026-11-26 16:00, 57 case events read up to event position 311, working-day calendar version 4")
                .doesNotContain("!public.");
        assertThat(PublicUi.hasElement(view.getElement(), "script")).isFalse();

        var table = LocatorJ._get(view, NativeTable.class);
        var rows = LocatorJ._find(table, NativeTableRow.class);
        assertThat(rows).hasSize(1 + 3 + 1);
        assertThat(PublicUi.text(rows.get(0).getElement()))
                .isEqualTo(
                        "DepartmentReceivedAnsweredAnswered on time"
                                + "On-time rateAverage working daysReturnsTransfersPing-pongs (A→B→A)RatedSatisfaction rateSupervisions"
                                + "Accountability recordsOpen past due date"
                                + "Appointments servedAppointments, more than one tripAgency requests doneAgency requests overdue");
        assertThat(cells(rows.get(1)))
                .containsExactly(
                        "民政所", "5", "4", "3", "75%", "6.5", "1", "0", "1", "2", "50%", "1", "1", "1", "0", "0", "0",
                        "0");
        assertThat(cells(rows.get(3)))
                .containsExactly(
                        "计生办", "0", "0", "0", "—", "", "0", "0", "0", "0", "—", "0", "0", "0", "0", "0", "0", "0");
        assertThat(cells(rows.get(4))).first().isEqualTo("Township total");
        assertThat(cells(rows.get(4))).element(1).isEqualTo("7");

        var charts = LocatorJ._find(view, Svg.class);
        assertThat(charts).hasSize(3);
        var received = charts.get(0).getElement().getProperty("innerHTML");
        assertThat(received)
                .startsWith("<svg")
                .contains("<rect")
                .contains("民政所")
                .contains("林业站")
                .contains("5 cases")
                .doesNotContain("计生办")
                .doesNotContain("<script");
        assertThat(charts.get(1).getElement().getProperty("innerHTML")).contains("75%");

        assertThat(LocatorJ._get(view, Anchor.class, spec -> spec.withId("bulletin-csv"))
                        .getHref())
                .isEqualTo("/api/public/disclosures/bulletins/b-11/csv?lang=en");
        assertThat(LocatorJ._get(view, Anchor.class, spec -> spec.withId("bulletin-print"))
                        .getHref())
                .isEqualTo("/api/public/disclosures/bulletins/b-11/print?lang=en");
        assertThat(LocatorJ._get(view, Anchor.class, spec -> spec.withId("bulletin-verify"))
                        .getHref())
                .isEqualTo("/api/public/disclosures/bulletins/b-11/verification");
        assertThat(view.getPageTitle()).isEqualTo("11月通报" + SCRIPT);
    }

    @Test
    void in_chinese_the_page_speaks_chinese_and_a_quiet_month_says_so_instead_of_drawing_empty_charts() {
        PublicUi.setup(Locale.SIMPLIFIED_CHINESE);
        var quiet = new BulletinResponse(
                "b-q",
                "2026年2月通报",
                YearMonth.of(2026, 2),
                Instant.parse("2026-01-31T16:00:00Z"),
                Instant.parse("2026-02-28T16:00:00Z"),
                Instant.parse("2026-03-01T01:00:00Z"),
                10,
                0,
                1,
                new BulletinFigures(
                        List.of(figures("jisheng", "计生办", 0, 0, 0, null, null, 0)),
                        figures(null, "全乡合计", 0, 0, 0, null, null, 0)));
        var view = new BulletinView(portal);
        view.show(quiet);
        var text = PublicUi.text(view.getElement());
        assertThat(text).contains("本期无办件数据。", "复算依据：截止时刻 2026-03-01 00:00", "工作日历版本 1", "全乡合计", "下载 CSV", "打印版");
        assertThat(LocatorJ._find(view, Svg.class)).isEmpty();
    }

    @Test
    void the_list_shows_the_published_bulletins_newest_first_with_their_headline_figures() {
        PublicUi.setup(Locale.ENGLISH);
        when(portal.bulletins())
                .thenReturn(List.of(
                        bulletin("b-11", YearMonth.of(2026, 11), "十一月通报"),
                        bulletin("b-10", YearMonth.of(2026, 10), "十月通报")));
        var view = new BulletinsView(portal);
        assertThat(GridKt._size(view.grid)).isEqualTo(2);
        assertThat(GridKt._getFormattedRow(view.grid, 0)).containsSubsequence("2026-11", "7", "85.7%", "66.7%");
        assertThat(GridKt._getFormattedRow(view.grid, 1)).contains("2026-10");

        PublicUi.tearDown();
        PublicUi.setup(Locale.ENGLISH);
        when(portal.bulletins()).thenReturn(List.of());
        var empty = new BulletinsView(portal);
        assertThat(LocatorJ._get(empty, Paragraph.class, spec -> spec.withId("bulletins-none"))
                        .getText())
                .isEqualTo("No bulletin has been published yet.");
        assertThat(UI.getCurrent()).isNotNull();
    }

    private static List<String> cells(NativeTableRow row) {
        return row.getChildren().map(cell -> cell.getElement().getText()).toList();
    }

    static BulletinResponse bulletin(String id, YearMonth period, String title) {
        var minzheng = figures("minzheng", "民政所", 5, 4, 3, 6.5, 50.0, 1);
        var linye = figures("linye", "林业站", 2, 3, 3, 2.0, 100.0, 0);
        var jisheng = figures("jisheng", "计生办", 0, 0, 0, null, null, 0);
        var totals = figures(null, "全乡合计", 7, 7, 6, 4.6, 66.7, 1);
        return new BulletinResponse(
                id,
                title,
                period,
                Instant.parse(period + "-01T00:00:00+08:00"),
                Instant.parse("2026-11-26T08:00:00Z"),
                Instant.parse("2026-11-26T08:05:00Z"),
                311,
                57,
                4,
                new BulletinFigures(List.of(minzheng, linye, jisheng), totals));
    }

    private static DepartmentFigures figures(
            String code,
            String name,
            int received,
            int answered,
            int onTime,
            Double days,
            Double satisfaction,
            int extra) {
        return new DepartmentFigures(
                code,
                name,
                received,
                answered,
                onTime,
                answered == 0 ? null : Math.round(1000.0 * onTime / answered) / 10.0,
                days,
                extra,
                0,
                extra,
                satisfaction == null ? 0 : 2,
                satisfaction == null ? 0 : 1,
                satisfaction,
                extra,
                extra,
                extra);
    }
}
