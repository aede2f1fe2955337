package org.onetrip.publicportal.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.html.H2;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
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
import org.onetrip.cases.api.PublicCaseResponse.PublicTimelineEntry;
import org.onetrip.cases.api.Rating;
import org.onetrip.cases.api.ReceiptCode;

class PublicCaseDetailsTest {

    static final String HOSTILE = "<script>alert('x')</script><img src=x onerror=alert(1)>";
    /** As the query answers it: grouped. */
    static final String CODE = ReceiptCode.generate().grouped();

    static final Map<String, String> NAMES = Map.of("MINZHENG", "Civil Affairs Office", "CUNWEI", "Sidian Village");

    @BeforeEach
    void setUp() {
        PublicUi.setup(Locale.ENGLISH);
    }

    @AfterEach
    void tearDown() {
        PublicUi.tearDown();
    }

    static PublicCaseResponse caseIn(CaseStatus status, String title, String answer) {
        var filed = Instant.parse("2026-03-02T01:00:00Z");
        var timeline = new ArrayList<PublicTimelineEntry>();
        timeline.add(new PublicTimelineEntry(filed, "FILED", null, null, null, null, null));
        timeline.add(new PublicTimelineEntry(
                filed.plusSeconds(3600), "ASSIGNED", "MINZHENG", null, LocalDate.parse("2026-03-19"), null, null));
        timeline.add(new PublicTimelineEntry(
                filed.plusSeconds(7200),
                "TRANSFERRED",
                "MINZHENG",
                "CUNWEI",
                LocalDate.parse("2026-03-20"),
                null,
                null));
        if (answer != null) {
            timeline.add(
                    new PublicTimelineEntry(filed.plusSeconds(9000), "ANSWERED", "CUNWEI", null, null, answer, null));
        }
        return new PublicCaseResponse(
                CODE,
                CaseKind.COMPLAINT,
                CaseCategory.BUCK_PASSING,
                title,
                status,
                filed,
                "CUNWEI",
                LocalDate.parse("2026-03-20"),
                answer,
                status == CaseStatus.RATED ? Rating.SATISFIED : null,
                false,
                List.copyOf(timeline));
    }

    private static PublicCaseDetails details(PublicCaseResponse found) {
        return new PublicCaseDetails(found, NAMES::get);
    }

    @Test
    void the_rating_form_is_offered_only_once_the_case_is_answered() {
        assertThat(details(caseIn(CaseStatus.ANSWERED, "t", "Done.")).ratingForm())
                .isPresent();
        for (var status : List.of(
                CaseStatus.FILED,
                CaseStatus.ASSIGNED,
                CaseStatus.IN_PROGRESS,
                CaseStatus.RATED,
                CaseStatus.CLOSED,
                CaseStatus.DECLINED)) {
            var details = details(caseIn(status, "t", status == CaseStatus.RATED ? "Done." : null));
            assertThat(details.ratingForm()).as(status.name()).isEmpty();
            assertThat(LocatorJ._find(details, RatingForm.class))
                    .as(status.name())
                    .isEmpty();
        }
    }

    @Test
    void script_tags_in_the_title_and_answer_are_shown_as_text_and_create_no_elements() {
        var details = details(caseIn(CaseStatus.ANSWERED, HOSTILE, HOSTILE));

        assertThat(LocatorJ._get(details, H2.class, spec -> spec.withId("case-title"))
                        .getText())
                .isEqualTo(HOSTILE);
        assertThat(details.getElement().getTextRecursively()).contains(HOSTILE);
        assertThat(PublicUi.hasElement(details.getElement(), "script", "img")).isFalse();
    }

    @Test
    void the_timeline_names_departments_and_translates_the_steps() {
        var text = details(caseIn(CaseStatus.ANSWERED, "t", "Fixed the opening hours."))
                .getElement()
                .getTextRecursively();

        assertThat(text)
                .contains("Transferred · Civil Affairs Office → Sidian Village")
                .contains("Assigned · Civil Affairs Office · due 2026-03-19")
                .contains("Fixed the opening hours.")
                .contains(CODE)
                .doesNotContain("!public.");
    }

    @Test
    void a_rating_without_a_level_is_refused_next_to_the_levels() {
        var form = details(caseIn(CaseStatus.ANSWERED, "t", "a")).ratingForm().orElseThrow();
        var fired = new ArrayList<Rating>();
        form.addRateListener(event -> fired.add(event.rating()));

        form.submit.click();

        assertThat(fired).isEmpty();
        assertThat(form.rating.isInvalid()).isTrue();
        assertThat(form.rating.getErrorMessage()).isEqualTo("Please choose a level");
    }

    @Test
    void an_over_long_rating_comment_is_refused_with_a_message() {
        var form = details(caseIn(CaseStatus.ANSWERED, "t", "a")).ratingForm().orElseThrow();
        var fired = new ArrayList<Rating>();
        form.addRateListener(event -> fired.add(event.rating()));
        form.rating.setValue(Rating.DISSATISFIED);
        form.comment.setValue("x".repeat(RatingForm.COMMENT_MAX + 1));

        assertThat(form.submit()).isFalse();
        assertThat(fired).isEmpty();
        assertThat(form.comment.getErrorMessage()).isEqualTo("At most 2000 characters");
    }

    @Test
    void a_chosen_level_fires_the_rating_with_its_comment() {
        var details = details(caseIn(CaseStatus.ANSWERED, "t", "a"));
        var fired = new ArrayList<RatingForm.RateEvent>();
        details.addRateListener(fired::add);
        var form = details.ratingForm().orElseThrow();
        form.rating.setValue(Rating.VERY_SATISFIED);
        form.comment.setValue(" quick ");

        form.submit.click();

        assertThat(fired).singleElement().satisfies(event -> {
            assertThat(event.rating()).isEqualTo(Rating.VERY_SATISFIED);
            assertThat(event.comment()).isEqualTo("quick");
        });
        assertThat(form.rating.getItemLabelGenerator().apply(Rating.BASICALLY_SATISFIED))
                .isEqualTo("Basically satisfied");
    }
}
