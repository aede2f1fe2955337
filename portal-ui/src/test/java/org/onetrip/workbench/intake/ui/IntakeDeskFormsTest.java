package org.onetrip.workbench.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.workbench.ui.WorkbenchUi.text;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseState.PendingExtension;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.Rating;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.projections.cases.DeadlineStatus;
import org.onetrip.shared.api.Channel;
import org.onetrip.workbench.intake.ui.ExtensionRequests.Decision;
import org.onetrip.workbench.intake.ui.ExtensionRequests.DecisionEvent;
import org.onetrip.workbench.intake.ui.PhoneRating.RecordEvent;
import org.onetrip.workbench.ui.WorkbenchUi;

/** The intake desk's extension decisions and ratings taken by phone, each field's message included. */
class IntakeDeskFormsTest {

    static final Locale EN = Locale.ENGLISH;
    static final LocalDate DUE = LocalDate.of(2026, 3, 20);

    @BeforeEach
    void setUp() {
        WorkbenchUi.start(EN);
    }

    @AfterEach
    void tearDown() {
        WorkbenchUi.stop();
    }

    static Hit hit(String caseId, String title, CaseStatus status, PendingExtension pending) {
        return new Hit(
                caseId,
                "RC-" + caseId,
                title,
                CaseKind.COMPLAINT,
                null,
                Channel.HOTLINE,
                status,
                "guotu",
                Instant.parse("2026-03-02T01:00:00Z"),
                DUE,
                DeadlineStatus.ON_TIME,
                null,
                0,
                pending,
                List.of());
    }

    static Hit asking(String caseId, String reason) {
        return hit(
                caseId,
                "宅基地",
                CaseStatus.IN_PROGRESS,
                new PendingExtension("guotu", 5, reason, Instant.parse("2026-03-10T02:00:00Z")));
    }

    @Test
    void an_extension_request_shows_who_asks_for_how_long_why_and_the_deadline_approving_would_set() {
        var panel = new ExtensionRequests(
                code -> code.equals("guotu") ? "Land Office" : code,
                request -> request.dueDate().plusDays(7));
        UI.getCurrent().add(panel);
        panel.show(List.of(asking("c1", "<b>need the county's opinion</b>")));

        assertThat(GridKt._getFormattedRow(panel.requests, 0))
                .containsExactly(
                        "RC-c1",
                        "宅基地",
                        "Land Office",
                        "5 working days",
                        "<b>need the county's opinion</b>",
                        "2026-03-20",
                        "2026-03-27");
        assertThat(panel.approve.isEnabled()).isFalse();
        assertThat(panel.deny.isEnabled()).isFalse();
    }

    @Test
    void denying_needs_a_reason_next_to_the_field_and_approving_needs_none() {
        var panel = new ExtensionRequests(code -> code, request -> DUE.plusDays(7));
        UI.getCurrent().add(panel);
        var decisions = new ArrayList<DecisionEvent>();
        panel.addDecisionListener(decisions::add);
        var request = asking("c2", "需县局意见");
        panel.show(List.of(request));
        panel.requests.asSingleSelect().setValue(request);

        _click(panel.deny);
        assertThat(decisions).isEmpty();
        assertThat(panel.text.isInvalid()).isTrue();
        assertThat(panel.text.getErrorMessage()).isEqualTo(text(EN, "workbench.error.required"));

        _setValue(panel.text, "理".repeat(2001));
        _click(panel.approve);
        assertThat(decisions).isEmpty();
        assertThat(panel.text.getErrorMessage()).contains("2000").contains("2001");

        _setValue(panel.text, "");
        _click(panel.approve);
        _setValue(panel.text, "  材料已齐，不予延期  ");
        _click(panel.deny);
        assertThat(decisions).extracting(DecisionEvent::decision).containsExactly(Decision.APPROVE, Decision.DENY);
        assertThat(decisions).allSatisfy(event -> assertThat(event.request()).isEqualTo(request));
        assertThat(decisions.get(1).text()).isEqualTo("材料已齐，不予延期");

        panel.said(text(EN, "workbench.extension.approved", "RC-c2", "2026-03-27"));
        assertThat(panel.outcome.getText()).isEqualTo("Extension approved for RC-c2: the new deadline is 2026-03-27.");
    }

    @Test
    void with_no_request_waiting_the_table_says_so() {
        var panel = new ExtensionRequests(code -> code, request -> null);
        UI.getCurrent().add(panel);
        panel.show(List.of());
        assertThat(panel.requests.getEmptyStateText()).isEqualTo("No extension request is waiting.");
        assertThat(panel.selected.getText()).isEqualTo(text(EN, "workbench.extension.nothing-selected"));
    }

    @Test
    void a_case_that_is_not_answered_cannot_be_rated_and_the_form_says_why() {
        var rating = new PhoneRating();
        UI.getCurrent().add(rating);
        rating.show(hit("c3", "路灯", CaseStatus.IN_PROGRESS, null));
        assertThat(rating.notAnswered.isVisible()).isTrue();
        assertThat(rating.notAnswered.getText()).isEqualTo("Only an answered case can be rated.");
        assertThat(rating.form.isVisible()).isFalse();
        assertThat(rating.channel.isVisible()).isFalse();
    }

    @Test
    void a_rating_taken_at_the_window_needs_one_of_the_five_levels_and_records_channel_level_and_comment() {
        var rating = new PhoneRating();
        UI.getCurrent().add(rating);
        var recorded = new ArrayList<RecordEvent>();
        rating.addRecordListener(recorded::add);
        rating.show(hit("c4", "路灯", CaseStatus.ANSWERED, null));
        assertThat(rating.notAnswered.isVisible()).isFalse();

        @SuppressWarnings("unchecked")
        RadioButtonGroup<Rating> levels = _get(rating, RadioButtonGroup.class, spec -> spec.withId("rating"));
        assertThat(levels.getGenericDataView().getItems().toList()).containsExactly(Rating.values());
        assertThat(rating.channel.getGenericDataView().getItems().toList())
                .containsExactly(Channel.HOTLINE, Channel.WINDOW);
        var submit = _get(rating, Button.class, spec -> spec.withId("submit-rating"));

        _click(submit);
        assertThat(recorded).isEmpty();
        assertThat(levels.isInvalid()).isTrue();
        assertThat(levels.getErrorMessage()).isEqualTo("Please choose a level");

        _setValue(rating.channel, Channel.WINDOW);
        _setValue(levels, Rating.BASICALLY_SATISFIED);
        _setValue(_get(rating, TextArea.class, spec -> spec.withId("rating-comment")), "窗口回访：基本满意");
        _click(submit);
        assertThat(recorded).singleElement().satisfies(event -> {
            assertThat(event.caseId()).isEqualTo("c4");
            assertThat(event.channel()).isEqualTo(Channel.WINDOW);
            assertThat(event.rating()).isEqualTo(Rating.BASICALLY_SATISFIED);
            assertThat(event.comment()).isEqualTo("窗口回访：基本满意");
        });

        rating.show(hit("c5", "路灯", CaseStatus.ANSWERED, null));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<Rating> fresh = _get(rating, RadioButtonGroup.class, spec -> spec.withId("rating"));
        assertThat(fresh.getValue())
                .as("nothing chosen for one case carries over to the next")
                .isNull();
        assertThat(rating.channel.getValue()).isEqualTo(Channel.HOTLINE);
    }
}
