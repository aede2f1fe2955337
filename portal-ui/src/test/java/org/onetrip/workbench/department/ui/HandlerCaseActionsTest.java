package org.onetrip.workbench.department.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.workbench.ui.WorkbenchUi.text;

import com.vaadin.flow.component.UI;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.AllowedActions;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.workbench.department.ui.HandlerCaseActions.Action;
import org.onetrip.workbench.department.ui.HandlerCaseActions.ActionEvent;
import org.onetrip.workbench.ui.WorkbenchUi;

class HandlerCaseActionsTest {

    /** The case allows everything: most tests here are about the fields each action needs. */
    static final AllowedActions ALL = new AllowedActions(0, Map.of());

    static final Locale EN = Locale.ENGLISH;
    static final Department GUOTU = new Department("guotu", "国土所", "Land Office", DepartmentType.OFFICE, null);

    HandlerCaseActions actions;
    List<ActionEvent> fired = new ArrayList<>();

    @BeforeEach
    void setUp() {
        WorkbenchUi.start(EN);
        actions = new HandlerCaseActions("case-1", List.of(GUOTU), 10);
        actions.offer(ALL);
        UI.getCurrent().add(actions);
        actions.addActionListener(fired::add);
    }

    @AfterEach
    void tearDown() {
        WorkbenchUi.stop();
    }

    @Test
    void signing_for_needs_nothing_typed() {
        _click(actions.signFor);
        assertThat(fired).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(Action.SIGN_FOR);
            assertThat(event.caseId()).isEqualTo("case-1");
        });
    }

    @Test
    void an_extension_must_be_one_to_ten_working_days_with_a_reason() {
        _setValue(actions.text, "waiting for the land survey");
        for (var days : new Integer[] {null, 0, 11, 30}) {
            _setValue(actions.workingDays, days);
            _click(actions.extension);
            assertThat(fired).as("%s days", days).isEmpty();
            assertThat(actions.workingDays.getErrorMessage())
                    .isEqualTo(text(EN, "workbench.error.working-days", 1, 10));
        }
        _setValue(actions.workingDays, 10);
        _click(actions.extension);
        assertThat(fired).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(Action.EXTENSION);
            assertThat(event.workingDays()).isEqualTo(10);
            assertThat(event.text()).isEqualTo("waiting for the land survey");
        });
        assertThat(actions.workingDays.isInvalid()).isFalse();
    }

    @Test
    void returning_without_a_reason_is_refused_next_to_the_text() {
        _click(actions.returnCase);
        assertThat(fired).isEmpty();
        assertThat(actions.text.getErrorMessage()).isEqualTo("This field is required.");
    }

    @Test
    void a_transfer_proposal_names_the_department_and_the_reason() {
        _click(actions.proposeTransfer);
        assertThat(fired).isEmpty();
        assertThat(actions.transferTo.getErrorMessage()).isEqualTo(text(EN, "workbench.error.choose"));
        assertThat(actions.text.getErrorMessage()).isEqualTo(text(EN, "workbench.error.required"));

        _setValue(actions.text, "forest land, not ours");
        _setValue(actions.transferTo, GUOTU);
        _click(actions.proposeTransfer);
        assertThat(fired).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(Action.PROPOSE_TRANSFER);
            assertThat(event.toDepartmentCode()).isEqualTo("guotu");
            assertThat(event.text()).isEqualTo("forest land, not ours");
        });
        assertThat(actions.proposeTransfer.getText()).isEqualTo("Propose transfer");
        assertThat(actions.transferTo.getLabel()).isEqualTo("Propose transfer to");
    }

    @Test
    void there_is_no_direct_transfer_only_a_proposal() {
        assertThat(com.github.mvysny.kaributesting.v10.LocatorJ._find(
                        actions, com.vaadin.flow.component.button.Button.class))
                .extracting(button -> button.getText())
                .contains("Propose transfer")
                .doesNotContain("Transfer");
    }

    @Test
    void while_a_proposal_waits_no_second_one_can_be_made_and_the_button_says_why() {
        actions.offer(
                new AllowedActions(5, Map.of(CaseAction.PROPOSE_TRANSFER, RefusalReason.TRANSFER_ALREADY_PENDING)));
        assertThat(actions.proposeTransfer.isEnabled()).isFalse();
        assertThat(actions.transferTo.isEnabled()).isFalse();
        assertThat(actions.slot(CaseAction.PROPOSE_TRANSFER).getElement().getAttribute("title"))
                .isEqualTo("Not possible now: A transfer proposal is already waiting for a decision");
        actions.offer(ALL);
        assertThat(actions.proposeTransfer.isEnabled()).isTrue();
    }

    @Test
    void a_signed_case_offers_answering_as_the_next_step_and_signing_not_at_all() {
        actions.offer(new AllowedActions(5, Map.of(CaseAction.SIGN_FOR, RefusalReason.WRONG_STATE)));

        assertThat(actions.signFor.isEnabled()).isFalse();
        assertThat(actions.answer.getThemeNames()).contains("primary");
        assertThat(actions.signFor.getThemeNames()).doesNotContain("primary");
    }

    @Test
    void a_disabled_action_fires_nothing_even_when_asked_directly() {
        actions.offer(new AllowedActions(5, Map.of(CaseAction.SIGN_FOR, RefusalReason.WRONG_STATE)));

        actions.act(Action.SIGN_FOR);

        assertThat(fired).isEmpty();
    }

    @Test
    void signing_for_keeps_an_answer_already_typed_and_answering_empties_it() {
        _setValue(actions.text, "已为您办理低保");

        _click(actions.signFor);
        actions.done(Action.SIGN_FOR);
        assertThat(actions.text.getValue()).isEqualTo("已为您办理低保");

        actions.done(Action.ANSWER);
        assertThat(actions.text.getValue()).isEmpty();
    }

    @Test
    void an_answer_may_be_five_thousand_characters_but_not_one_more() {
        _setValue(actions.text, "a".repeat(5001));
        _click(actions.answer);
        assertThat(fired).isEmpty();
        assertThat(actions.text.getErrorMessage()).contains("5000").contains("5001");

        _setValue(actions.text, "a".repeat(5000));
        _click(actions.answer);
        assertThat(fired).extracting(ActionEvent::action).containsExactly(Action.ANSWER);
    }

    @Test
    void a_progress_note_keeps_script_tags_as_the_text_typed() {
        var hostile = "<script>document.location='//evil'</script>";
        _setValue(actions.text, hostile);
        _click(actions.note);
        assertThat(fired)
                .singleElement()
                .satisfies(event -> assertThat(event.text()).isEqualTo(hostile));
    }
}
