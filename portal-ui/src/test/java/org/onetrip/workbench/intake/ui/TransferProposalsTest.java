package org.onetrip.workbench.intake.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.onetrip.workbench.ui.WorkbenchUi.text;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.onetrip.cases.api.CaseState.PendingTransfer;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.organisation.api.Department;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.projections.cases.DeadlineStatus;
import org.onetrip.projections.cases.TransferProposalsResponse.Proposal;
import org.onetrip.workbench.intake.ui.TransferProposals.Decision;
import org.onetrip.workbench.intake.ui.TransferProposals.DecisionEvent;
import org.onetrip.workbench.ui.WorkbenchUi;

class TransferProposalsTest {

    static final Locale ZH = Locale.SIMPLIFIED_CHINESE;
    static final Department GUOTU = new Department("guotu", "国土所", "Land Office", DepartmentType.OFFICE, null);
    static final Department CUNZHEN =
            new Department("cunzhen", "村镇中心", "Village and Town Centre", DepartmentType.OFFICE, null);

    TransferProposals panel;
    List<DecisionEvent> decisions = new ArrayList<>();
    int filterChanges;

    static Proposal proposal(String caseId, String reason) {
        return new Proposal(
                caseId,
                "RC-" + caseId,
                "宅基地审批",
                CaseStatus.IN_PROGRESS,
                LocalDate.of(2026, 3, 20),
                DeadlineStatus.DUE_SOON,
                new PendingTransfer("guotu", "cunzhen", reason, Instant.parse("2026-03-02T02:00:00Z"), "e-5"));
    }

    @BeforeEach
    void setUp() {
        WorkbenchUi.start(ZH);
        panel = new TransferProposals(List.of(GUOTU, CUNZHEN));
        UI.getCurrent().add(panel);
        panel.addDecisionListener(decisions::add);
        panel.addFilterListener(event -> filterChanges++);
    }

    @AfterEach
    void tearDown() {
        WorkbenchUi.stop();
    }

    @Test
    void each_waiting_proposal_is_listed_with_both_departments_by_name_and_the_reason_as_plain_text() {
        panel.show(List.of(proposal("c1", "<b>规划</b>归村镇中心")));

        assertThat(GridKt._size(panel.proposals)).isEqualTo(1);
        assertThat(GridKt._getFormattedRow(panel.proposals, 0))
                .contains("RC-c1", "宅基地审批", "国土所", "村镇中心", "<b>规划</b>归村镇中心", "2026-03-02 10:00");
    }

    @Test
    void with_no_proposal_selected_neither_decision_is_possible() {
        panel.show(List.of(proposal("c1", "归村镇")));

        assertThat(panel.approve.isEnabled()).isFalse();
        assertThat(panel.reject.isEnabled()).isFalse();
        assertThat(panel.selectedText.getText()).isEqualTo(text(ZH, "workbench.intake.proposal-none"));
    }

    @Test
    void approving_needs_no_reason() {
        var waiting = proposal("c1", "归村镇");
        panel.show(List.of(waiting));
        panel.proposals.select(waiting);
        assertThat(panel.selectedText.getText()).isEqualTo("RC-c1：国土所 → 村镇中心");

        _click(panel.approve);
        assertThat(decisions).singleElement().satisfies(event -> {
            assertThat(event.decision()).isEqualTo(Decision.APPROVE);
            assertThat(event.caseId()).isEqualTo("c1");
        });
    }

    @Test
    void rejecting_needs_a_reason_next_to_the_field_and_at_most_two_thousand_characters() {
        var waiting = proposal("c1", "归村镇");
        panel.show(List.of(waiting));
        panel.proposals.select(waiting);

        _click(panel.reject);
        assertThat(decisions).isEmpty();
        assertThat(panel.reason.getErrorMessage()).isEqualTo(text(ZH, "workbench.error.required"));

        _setValue(panel.reason, "x".repeat(2001));
        _click(panel.reject);
        assertThat(decisions).isEmpty();
        assertThat(panel.reason.getErrorMessage()).contains("2000").contains("2001");

        _setValue(panel.reason, "用地审批仍属国土所");
        _click(panel.reject);
        assertThat(decisions).singleElement().satisfies(event -> {
            assertThat(event.decision()).isEqualTo(Decision.REJECT);
            assertThat(event.caseId()).isEqualTo("c1");
            assertThat(event.reason()).isEqualTo("用地审批仍属国土所");
        });
        assertThat(panel.reason.isInvalid()).isFalse();
    }

    @Test
    void choosing_a_proposing_department_asks_for_its_proposals_only() {
        _setValue(panel.from, GUOTU);
        assertThat(filterChanges).isEqualTo(1);
        assertThat(panel.fromDepartmentCode()).isEqualTo("guotu");
        _setValue(panel.from, null);
        assertThat(panel.fromDepartmentCode()).isNull();
    }

    @Test
    void the_texts_are_english_when_asked_for() {
        WorkbenchUi.stop();
        WorkbenchUi.start(Locale.ENGLISH);
        var english = new TransferProposals(List.of(GUOTU, CUNZHEN));
        assertThat(english.approve.getText()).isEqualTo("Approve transfer");
        assertThat(english.reject.getText()).isEqualTo("Reject transfer");
        assertThat(english.reason.getLabel()).isEqualTo("Reason for rejecting");
    }
}
