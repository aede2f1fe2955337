package org.onetrip.oversight.audit;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.i18n.BundleI18NProvider;
import org.onetrip.integrity.api.AggregateIntegrity;
import org.onetrip.integrity.api.AggregateIntegrity.Status;
import org.onetrip.integrity.api.CheckpointCheck;
import org.onetrip.integrity.api.IntegrityFinding;
import org.onetrip.integrity.api.IntegrityFinding.Kind;
import org.onetrip.integrity.api.IntegrityReport;
import org.onetrip.oversight.audit.ui.IntegrityReportPanel;
import org.onetrip.publicportal.ReceiptChecks;

/** The verification report on screen, in a mocked Vaadin session without Spring. */
class IntegrityReportPanelTest {

    static final Instant CHECKED = Instant.parse("2026-03-02T02:15:00Z");
    static final AggregateIntegrity BROKEN = new AggregateIntegrity(
            "case-7",
            "Case",
            Status.BROKEN,
            2L,
            4,
            0,
            "ab12",
            List.of(new IntegrityFinding(2, Kind.CONTENT_CHANGED, "hash", "e3b0c442", "9f86d081", null)));
    static final AggregateIntegrity GAP = new AggregateIntegrity(
            "case-8",
            "Case",
            Status.MISSING_EVENTS,
            null,
            3,
            0,
            "cd34",
            List.of(new IntegrityFinding(1, Kind.MISSING_EVENTS, "sequenceNumber", "1", "2", "event 1 is missing")));
    static final CheckpointCheck REWRITTEN = new CheckpointCheck(
            1, Instant.parse("1970-01-01T00:00:00Z"), CHECKED, 12, 12, "root-published", "root-now", false);

    @BeforeEach
    void mockVaadin() {
        System.setProperty("vaadin.i18n.provider", BundleI18NProvider.class.getName());
        MockVaadin.setup();
    }

    @AfterEach
    void tearDown() {
        MockVaadin.tearDown();
    }

    private static IntegrityReportPanel shown(IntegrityReport report, Locale locale) {
        UI.getCurrent().setLocale(locale);
        var panel = new IntegrityReportPanel();
        UI.getCurrent().add(panel);
        panel.show(report);
        return panel;
    }

    @Test
    void a_broken_chain_is_shown_at_its_event_with_the_field_and_the_expected_and_found_hash() {
        shown(
                new IntegrityReport(CHECKED, false, 19, 3, 1, 0, List.of(BROKEN, GAP), List.of(REWRITTEN), List.of()),
                Locale.ENGLISH);

        assertThat(_get(Paragraph.class, spec -> spec.withId("integrity-verdict"))
                        .getText())
                .isEqualTo("Damage found.");
        assertThat(_get(Paragraph.class, spec -> spec.withId("integrity-counts"))
                        .getText())
                .isEqualTo("Checked 2026-03-02 10:15:00 (Beijing time): 19 events in 3 aggregates — intact 1, "
                        + "stored before chaining 0, damaged 2.");
        assertThat(_find(H3.class))
                .extracting(H3::getText)
                .containsExactly("Case case-7: broken — broken at event 2", "Case case-8: events missing");
        @SuppressWarnings("unchecked")
        var findings = (Grid<IntegrityFinding>) _find(Grid.class, spec -> spec.withClasses("integrity-findings"))
                .get(0);
        assertThat(findings.getGenericDataView().getItems())
                .containsExactly(BROKEN.findings().get(0));
        assertThat(findings.getColumns())
                .extracting(Grid.Column::getHeaderText)
                .containsExactly("Event", "Finding", "Field", "Expected", "Found", "Detail");
        @SuppressWarnings("unchecked")
        Grid<CheckpointCheck> checkpoints = _get(Grid.class, spec -> spec.withId("integrity-checkpoints"));
        assertThat(checkpoints.getGenericDataView().getItems()).containsExactly(REWRITTEN);
    }

    @Test
    void an_intact_store_without_checkpoints_says_so_in_chinese() {
        var panel = shown(
                new IntegrityReport(CHECKED, true, 5, 2, 2, 0, List.of(), List.of(), List.of()),
                Locale.SIMPLIFIED_CHINESE);

        var text = panel.getElement().getTextRecursively();
        assertThat(text)
                .contains("完好：所有哈希链和所有已发布检查点均校验通过。")
                .contains("没有损坏的聚合。")
                .contains("尚未发布任何检查点。");
    }

    @Test
    void one_aggregate_alone_shows_its_status_and_chain_head() {
        UI.getCurrent().setLocale(Locale.ENGLISH);
        var panel = new IntegrityReportPanel();
        UI.getCurrent().add(panel);
        panel.show(new AggregateIntegrity("case-9", "Case", Status.INTACT, null, 6, 0, "head-hash", List.of()));

        assertThat(panel.getElement().getTextRecursively())
                .contains("Case case-9: intact")
                .contains("6 events, 0 of them stored before chaining; chain head head-hash");
    }

    @Test
    void only_text_of_the_receipts_shape_is_taken_for_a_receipt() {
        assertThat(ReceiptChecks.parse("{\"version\":1,\"receiptCode\":\"ABCD\",\"signature\":\"x\"}"))
                .isPresent();
        assertThat(ReceiptChecks.parse("{\"version\":1,\"evil\":true}")).isEmpty();
        assertThat(ReceiptChecks.parse("<b>not json</b>")).isEmpty();
        assertThat(ReceiptChecks.parse(" ")).isEmpty();
        assertThat(ReceiptChecks.parse("{\"receiptCode\":\"" + "A".repeat(ReceiptChecks.MAX_RECEIPT_CHARS) + "\"}"))
                .isEmpty();
    }
}
