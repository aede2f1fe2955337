package org.onetrip.publicportal.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.NotificationsKt;
import com.vaadin.flow.component.html.Span;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.PublicCaseResponse;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.cases.application.NewCase;
import org.onetrip.disclosure.api.Classification;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.projections.cases.PublicCaseDocument;
import org.onetrip.projections.cases.PublicResultId;
import org.onetrip.projections.cases.PublicSearchResponse;
import org.onetrip.publicportal.PublicPortal;
import org.onetrip.publicportal.PublicPortal.Outcome;

/** The public views over a stand-in portal service: what they show for each outcome. */
class PublicViewsTest {

    private final PublicPortal portal = mock(PublicPortal.class);

    @BeforeEach
    void setUp() {
        PublicUi.setup(Locale.ENGLISH);
        when(portal.workingDays(CaseKind.COMPLAINT)).thenReturn(13);
        when(portal.workingDays(CaseKind.ENQUIRY)).thenReturn(3);
    }

    @AfterEach
    void tearDown() {
        PublicUi.tearDown();
    }

    @Test
    void an_unknown_and_a_malformed_code_get_the_same_friendly_not_found() {
        when(portal.track(anyString(), anyString())).thenReturn(new Outcome.NotFound<>());
        var view = new TrackView(portal);

        view.show(ReceiptCode.generate().grouped());
        var unknown = view.result.getElement().getTextRecursively();
        view.show("<script>alert(1)</script>");
        var malformed = view.result.getElement().getTextRecursively();

        assertThat(unknown)
                .isEqualTo(malformed)
                .isEqualTo("No case was found for this code. Please check the code and try again.");
        assertThat(LocatorJ._find(view, PublicCaseDetails.class)).isEmpty();
    }

    @Test
    void a_refused_lookup_says_to_wait_and_shows_no_case() {
        when(portal.track(anyString(), anyString())).thenReturn(new Outcome.RateLimited<>());
        var view = new TrackView(portal);

        view.show(ReceiptCode.generate().grouped());

        assertThat(view.result.getElement().getTextRecursively()).contains("Too many lookups");
        assertThat(LocatorJ._find(view, PublicCaseDetails.class)).isEmpty();
    }

    @Test
    void a_found_answered_case_can_be_rated_from_the_track_page() {
        var found = PublicCaseDetailsTest.caseIn(CaseStatus.ANSWERED, "Queue", "Opened a second window.");
        when(portal.track(anyString(), anyString())).thenReturn(new Outcome.Done<>(found));
        when(portal.rate(anyString(), any(), any(), anyString())).thenReturn(new Outcome.Done<>(CaseStatus.RATED));
        var view = new TrackView(portal);
        view.show(found.receiptCode());

        var form = LocatorJ._get(view, RatingForm.class);
        form.rating.setValue(Rating.SATISFIED);
        form.submit.click();

        verify(portal).rate(eq(found.receiptCode()), eq(Rating.SATISFIED), eq(""), anyString());
        NotificationsKt.expectNotifications("Thank you for your rating.");
    }

    @Test
    void a_refused_filing_shows_a_clear_notification_and_stays_on_the_form() {
        when(portal.file(any(NewCase.class), anyString())).thenReturn(new Outcome.RateLimited<>());
        var view = new FileView(portal);
        view.form.title.setValue("Title");
        view.form.description.setValue("Description");

        view.form.submit.click();

        verify(portal).file(any(NewCase.class), anyString());
        NotificationsKt.expectNotifications(
                "Too many filings from your connection in a short time. Please try again later.");
    }

    @Test
    void an_invalid_form_never_reaches_the_service() {
        var view = new FileView(portal);
        view.form.title.setValue("x".repeat(201));
        view.form.description.setValue("Description");

        view.form.submit.click();

        verify(portal, never()).file(any(), anyString());
        assertThat(view.form.title.getErrorMessage()).isEqualTo("At most 200 characters");
    }

    @Test
    void the_receipt_shows_the_grouped_code_and_the_working_days_for_the_kind() {
        var code = ReceiptCode.generate();
        var found = new PublicCaseResponse(
                code.grouped(),
                CaseKind.ENQUIRY,
                null,
                "<b>hours</b>",
                CaseStatus.FILED,
                Instant.parse("2026-03-02T01:00:00Z"),
                null,
                null,
                null,
                null,
                false,
                List.of());
        when(portal.track(anyString(), anyString())).thenReturn(new Outcome.Done<>(found));
        var view = new ReceiptView(portal, "https://onetrip.example.cn/");

        view.setParameter(null, code.grouped());

        var shown = LocatorJ._get(view, Span.class, spec -> spec.withId("receipt-code"))
                .getText();
        assertThat(shown).isEqualTo(code.grouped()).matches("[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{4}-[0-9A-Z]{5}");
        assertThat(view.getElement().getTextRecursively())
                .contains("Time limit for the kind Enquiry: 3 working days from assignment")
                .contains("<b>hours</b>")
                .contains("Print receipt");
        assertThat(PublicUi.hasElement(view.getElement(), "b")).isFalse();
        var qr = LocatorJ._get(view, org.onetrip.layout.TrackingQrCode.class);
        assertThat(qr.getElement().getAttribute("data-url"))
                .isEqualTo("https://onetrip.example.cn/track/" + code.grouped());
    }

    @Test
    void the_receipt_of_an_unknown_code_is_the_same_not_found() {
        when(portal.track(anyString(), anyString())).thenReturn(new Outcome.NotFound<>());
        var view = new ReceiptView(portal, "");

        view.setParameter(null, "nonsense");

        assertThat(view.getElement().getTextRecursively())
                .isEqualTo("No case was found for this code. Please check the code and try again.");
    }

    @Test
    void the_service_items_list_names_each_hall_zone_in_the_readers_language() {
        when(portal.catalogue())
                .thenReturn(List.of(new ServiceItemListResponse.Entry(
                        "LY-001",
                        "林木采伐许可证核发",
                        ServiceItemStatus.PUBLISHED,
                        1,
                        "linye",
                        "森林资源管理站",
                        HallZone.LINYE,
                        HallZone.LINYE.label(),
                        Classification.AT_MOST_ONE_TRIP,
                        Classification.AT_MOST_ONE_TRIP.label(),
                        7,
                        "第一批",
                        Instant.parse("2026-03-02T01:00:00Z"))));

        var view = new ItemsView(portal);

        var row = String.join(" ", GridKt._getFormattedRow(view.grid, 0));
        assertThat(row).contains("Forestry zone").doesNotContain(HallZone.LINYE.label());
        for (var zone : HallZone.values()) {
            assertThat(HallZoneNames.of(view, zone))
                    .as(zone.name())
                    .doesNotStartWith("!")
                    .doesNotContain(zone.label());
        }
    }

    @Test
    void published_results_are_listed_without_identifiers() {
        var code = PublicResultId.of("case-1");
        var hit = new PublicCaseDocument(
                code,
                CaseKind.COMPLAINT,
                CaseCategory.OVERDUE,
                "<i>Licence</i> late",
                CaseStatus.ANSWERED,
                "MINZHENG",
                List.of("MINZHENG"),
                Instant.parse("2026-03-02T01:00:00Z"),
                LocalDate.parse("2026-03-19"),
                Instant.parse("2026-03-10T01:00:00Z"),
                null,
                "Issued.",
                Rating.SATISFIED,
                true,
                5,
                false);
        when(portal.searchPublished(any(), any(), anyInt(), anyInt()))
                .thenReturn(new PublicSearchResponse(41, 0, 20, List.of(hit), Map.of()));

        var view = new ResultsView(portal);

        assertThat(GridKt._size(view.grid)).isEqualTo(1);
        var row = GridKt._getFormattedRow(view.grid, 0);
        assertThat(row).contains("<i>Licence</i> late", "Complaint", "On time", "Satisfied", "2026-03-10");
        assertThat(String.join(" ", row)).doesNotContain(code);
        assertThat(view.pageInfo.getText()).isEqualTo("Page 1 of 3, 41 results");
        assertThat(view.previous.isEnabled()).isFalse();
        assertThat(view.next.isEnabled()).isTrue();
    }

    @Test
    void search_trouble_shows_a_message_instead_of_failing() {
        when(portal.searchPublished(any(), any(), anyInt(), anyInt())).thenThrow(new IllegalStateException("down"));

        var view = new ResultsView(portal);

        assertThat(GridKt._size(view.grid)).isZero();
        NotificationsKt.expectNotifications("Search is unavailable at the moment. Please try again later.");
    }
}
