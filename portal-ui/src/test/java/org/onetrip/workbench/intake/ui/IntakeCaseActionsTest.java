package org.onetrip.workbench.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.workbench.ui.WorkbenchUi.text;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.AllowedActions;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.RefusalReason;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.projections.cases.DeadlineStatus;
import org.onetrip.shared.api.Channel;
import org.onetrip.workbench.intake.ui.IntakeCaseActions.Action;
import org.onetrip.workbench.intake.ui.IntakeCaseActions.ActionEvent;
import org.onetrip.workbench.ui.DeadlineBadge;
import org.onetrip.workbench.ui.WorkbenchUi;

class IntakeCaseActionsTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;

    /** The case allows everything: these tests are about the fields each action needs. */
    static final AllowedActions ALL = new AllowedActions(0, Map.of());

    IntakeCaseActions actions;
    List<ActionEvent> fired = new ArrayList<>();

    static Hit hit(String caseId, String title, DeadlineStatus deadline) {
        return new Hit(
                caseId,
                "RC-" + caseId,
                title,
                CaseKind.COMPLAINT,
                null,
                Channel.HOTLINE,
                CaseStatus.FILED,
                null,
                Instant.parse("2026-03-02T01:00:00Z"),
                LocalDate.of(2026, 3, 20),
                deadline,
                null,
                0,
                null,
                List.of());
    }

    @BeforeEach
    void setUp() {
        WorkbenchUi.start(ZH);
        actions = new IntakeCaseActions(List.of(RegistrationFormTest.MINZHENG));
        UI.getCurrent().add(actions);
        actions.addActionListener(fired::add);
    }

    @AfterEach
    void tearDown() {
        WorkbenchUi.stop();
    }

    @Test
    void with_no_case_selected_every_action_is_disabled() {
        for (var button : List.of(
                actions.accept, actions.decline, actions.assign, actions.merge, actions.reopen, actions.close)) {
            assertThat(button.isEnabled()).as(button.getText()).isFalse();
        }
    }

    @Test
    void declining_needs_a_reason_and_then_fires_it_for_the_selected_case() {
        actions.show(hit("c1", "路灯", DeadlineStatus.ON_TIME), List.of());
        actions.offer(ALL);

        _click(actions.decline);
        assertThat(fired).isEmpty();
        assertThat(actions.reason.getErrorMessage()).isEqualTo(text(ZH, "workbench.error.required"));

        _setValue(actions.reason, "不属于本乡职责");
        _click(actions.decline);
        assertThat(fired).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(Action.DECLINE);
            assertThat(event.caseId()).isEqualTo("c1");
            assertThat(event.text()).isEqualTo("不属于本乡职责");
        });
    }

    @Test
    void accepting_needs_no_reason() {
        actions.show(hit("c1", "路灯", DeadlineStatus.ON_TIME), List.of());
        actions.offer(ALL);
        _click(actions.accept);
        assertThat(fired).extracting(ActionEvent::action).containsExactly(Action.ACCEPT);
    }

    @Test
    void assigning_needs_a_department_and_passes_the_optional_deadline_reset_reason() {
        actions.show(hit("c2", "低保", DeadlineStatus.NO_DEADLINE), List.of());
        actions.offer(ALL);

        _click(actions.assign);
        assertThat(fired).isEmpty();
        assertThat(actions.department.getErrorMessage()).isEqualTo(text(ZH, "workbench.error.choose"));

        _setValue(actions.department, RegistrationFormTest.MINZHENG);
        _setValue(actions.deadlineResetReason, "群众补充了材料");
        _click(actions.assign);
        assertThat(fired).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(Action.ASSIGN);
            assertThat(event.departmentCode()).isEqualTo("minzheng");
            assertThat(event.deadlineResetReason()).isEqualTo("群众补充了材料");
        });
    }

    @Test
    void merging_offers_the_likely_duplicates_and_needs_one_of_them_and_a_reason() {
        var duplicate = hit("c9", "路灯又坏了", DeadlineStatus.ON_TIME);
        actions.show(hit("c3", "路灯坏了", DeadlineStatus.ON_TIME), List.of(duplicate));
        actions.offer(ALL);
        assertThat(actions.mergeTarget.getGenericDataView().getItems().toList()).containsExactly(duplicate);

        _setValue(actions.reason, "同一路灯");
        _click(actions.merge);
        assertThat(fired).isEmpty();
        assertThat(actions.mergeTarget.isInvalid()).isTrue();

        _setValue(actions.mergeTarget, duplicate);
        _click(actions.merge);
        assertThat(fired).singleElement().satisfies(event -> {
            assertThat(event.action()).isEqualTo(Action.MERGE);
            assertThat(event.caseId()).isEqualTo("c3");
            assertThat(event.primaryCaseId()).isEqualTo("c9");
        });
    }

    @Test
    void an_over_long_reason_is_refused_with_a_message() {
        actions.show(hit("c4", "路灯", DeadlineStatus.ON_TIME), List.of());
        actions.offer(ALL);
        _setValue(actions.reason, "理".repeat(2001));
        _click(actions.reopen);
        assertThat(fired).isEmpty();
        assertThat(actions.reason.getErrorMessage()).contains("2000").contains("2001");
    }

    @Test
    void a_hostile_title_is_shown_as_text_with_its_deadline_badge() {
        var hostile = "<script>alert(1)</script>";
        actions.show(hit("c5", hostile, DeadlineStatus.OVERDUE), List.of());
        actions.offer(ALL);
        assertThat(actions.heading.getText()).isEqualTo(hostile);
        assertThat(actions.heading.getElement().getChildren())
                .allSatisfy(child -> assertThat(child.isTextNode()).isTrue());
        assertThat(_find(Html.class)).isEmpty();
        assertThat(_find(actions, DeadlineBadge.class))
                .singleElement()
                .satisfies(badge -> assertThat(badge.getText()).isEqualTo("已超期"));
    }

    @Test
    void an_accepted_case_offers_assigning_as_the_next_step_and_accepting_not_at_all_with_the_reason_on_hover() {
        actions.show(hit("c6", "路灯", DeadlineStatus.NO_DEADLINE), List.of());
        actions.offer(new AllowedActions(
                3,
                Map.of(
                        CaseAction.ACCEPT, RefusalReason.WRONG_STATE,
                        CaseAction.DECLINE, RefusalReason.WRONG_STATE,
                        CaseAction.CLOSE, RefusalReason.WRONG_STATE,
                        CaseAction.REOPEN, RefusalReason.WRONG_STATE)));

        assertThat(actions.accept.isEnabled()).isFalse();
        assertThat(actions.slot(CaseAction.ACCEPT).getElement().getAttribute("title"))
                .isEqualTo("现在不能办理：案件当前状态不允许此操作");
        assertThat(actions.assign.isEnabled()).isTrue();
        assertThat(actions.assign.getThemeNames()).contains("primary");
        assertThat(actions.accept.getThemeNames()).doesNotContain("primary");
        assertThat(actions.slot(CaseAction.ASSIGN).getElement().hasAttribute("title"))
                .isFalse();
    }

    @Test
    void a_disabled_action_fires_nothing_even_when_asked_directly() {
        actions.show(hit("c7", "路灯", DeadlineStatus.NO_DEADLINE), List.of());
        actions.offer(new AllowedActions(3, Map.of(CaseAction.ACCEPT, RefusalReason.WRONG_STATE)));

        actions.act(Action.ACCEPT);

        assertThat(fired).isEmpty();
    }

    @Test
    void typed_text_stays_when_another_action_is_done_and_goes_with_the_action_that_used_it() {
        actions.show(hit("c8", "路灯", DeadlineStatus.NO_DEADLINE), List.of());
        actions.offer(ALL);
        _setValue(actions.reason, "已电话核实");

        actions.done(Action.ASSIGN);
        assertThat(actions.reason.getValue()).isEmpty();

        _setValue(actions.reason, "群众不满意，需整改");
        _setValue(actions.deadlineResetReason, "原期限已过");
        actions.done(Action.MERGE);
        assertThat(actions.deadlineResetReason.getValue()).isEqualTo("原期限已过");
    }
}
