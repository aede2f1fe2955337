package org.onetrip.workbench.intake.ui;

import static org.onetrip.workbench.ui.FieldChecks.manual;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.organisation.api.Department;
import org.onetrip.projections.cases.TransferProposalsResponse.Proposal;
import org.onetrip.workbench.ui.DeadlineBadge;
import org.onetrip.workbench.ui.FieldChecks;

/**
 * Transfer proposals (转办) waiting for the intake desk, filterable by the proposing department, with
 * approve and reject. Rejecting needs a reason, shown next to the field; the view sends the decision.
 */
public class TransferProposals extends VerticalLayout {

    public enum Decision {
        APPROVE,
        REJECT
    }

    final ComboBox<Department> from = new ComboBox<>();
    final Grid<Proposal> proposals = new Grid<>();
    final Span selectedText = new Span();
    final TextArea reason = manual(new TextArea());
    final Button approve = new Button();
    final Button reject = new Button();
    private final List<Department> departments;
    private Proposal selected;

    public TransferProposals(List<Department> departments) {
        this.departments = departments;
        setId("intake-transfer-proposals-panel");
        setPadding(false);
        from.setLabel(getTranslation("workbench.intake.proposals-from"));
        from.setItems(departments);
        from.setItemLabelGenerator(department -> department.name(getLocale()));
        from.setClearButtonVisible(true);
        from.setId("intake-proposals-from");
        from.addValueChangeListener(change -> fireEvent(new FilterEvent(this)));

        proposals.setId("intake-transfer-proposals");

        proposals.setEmptyStateText(getTranslation("grid.empty"));
        proposals
                .addColumn(Proposal::caseNumber)
                .setHeader(getTranslation("workbench.grid.case-number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        proposals
                .addColumn(Proposal::title)
                .setHeader(getTranslation("workbench.grid.title"))
                .setFlexGrow(1);
        proposals
                .addColumn(p -> name(p.transfer().fromDepartmentCode()))
                .setHeader(getTranslation("workbench.grid.from"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        proposals
                .addColumn(p -> name(p.transfer().toDepartmentCode()))
                .setHeader(getTranslation("workbench.grid.to"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        proposals
                .addColumn(p -> p.transfer().reason())
                .setHeader(getTranslation("workbench.grid.reason"))
                .setFlexGrow(1);
        proposals
                .addColumn(p -> p.transfer().proposedAt() == null
                        ? ""
                        : IntakeView.FILED.format(p.transfer().proposedAt()))
                .setHeader(getTranslation("workbench.grid.proposed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        proposals
                .addComponentColumn(p -> new DeadlineBadge(p.deadlineStatus()))
                .setHeader(getTranslation("workbench.grid.deadline"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        proposals.addThemeVariants(
                GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        proposals.setAllRowsVisible(true);
        proposals.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));

        selectedText.setId("intake-proposal-selected");
        selectedText.getStyle().set("font-weight", "bold");
        reason.setLabel(getTranslation("workbench.intake.rejection-reason"));
        reason.setWidthFull();
        reason.setId("intake-proposal-reason");
        approve.setText(getTranslation("workbench.intake.approve-transfer"));
        approve.setId("intake-approve-transfer");
        approve.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        approve.addClickListener(click -> decide(Decision.APPROVE));
        reject.setText(getTranslation("workbench.intake.reject-transfer"));
        reject.setId("intake-reject-transfer");
        reject.addThemeVariants(ButtonVariant.LUMO_ERROR);
        reject.addClickListener(click -> decide(Decision.REJECT));

        var filter = new HorizontalLayout(from);
        filter.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new Paragraph(getTranslation("workbench.intake.proposals-explanation")),
                filter,
                proposals,
                selectedText,
                reason,
                new HorizontalLayout(approve, reject));
        show(List.of());
    }

    /** The proposals to list; nothing is selected afterwards. */
    public void show(List<Proposal> waiting) {
        proposals.setItems(waiting);
        select(null);
    }

    /** The proposing department chosen in the filter, or null for all. */
    public String fromDepartmentCode() {
        return from.isEmpty() ? null : from.getValue().code();
    }

    public Registration addDecisionListener(ComponentEventListener<DecisionEvent> listener) {
        return addListener(DecisionEvent.class, listener);
    }

    public Registration addFilterListener(ComponentEventListener<FilterEvent> listener) {
        return addListener(FilterEvent.class, listener);
    }

    private void select(Proposal proposal) {
        selected = proposal;
        reason.clear();
        new FieldChecks().mark(reason, null);
        selectedText.setText(
                proposal == null
                        ? getTranslation("workbench.intake.proposal-none")
                        : getTranslation(
                                "workbench.intake.proposal-selected",
                                proposal.caseNumber(),
                                name(proposal.transfer().fromDepartmentCode()),
                                name(proposal.transfer().toDepartmentCode())));
        approve.setEnabled(proposal != null);
        reject.setEnabled(proposal != null);
    }

    void decide(Decision decision) {
        if (selected == null) {
            return;
        }
        var checks = new FieldChecks().text(reason, decision == Decision.REJECT, CaseLimits.REASON);
        if (checks.passed()) {
            fireEvent(new DecisionEvent(
                    this, decision, selected.caseId(), reason.getValue().strip()));
        }
    }

    private String name(String code) {
        return departments.stream()
                .filter(department -> department.code().equals(code))
                .findFirst()
                .map(department -> department.name(getLocale()))
                .orElse(code);
    }

    public static class DecisionEvent extends ComponentEvent<TransferProposals> {
        private final Decision decision;
        private final String caseId;
        private final String reason;

        DecisionEvent(TransferProposals source, Decision decision, String caseId, String reason) {
            super(source, false);
            this.decision = decision;
            this.caseId = caseId;
            this.reason = reason;
        }

        public Decision decision() {
            return decision;
        }

        public String caseId() {
            return caseId;
        }

        public String reason() {
            return reason;
        }
    }

    public static class FilterEvent extends ComponentEvent<TransferProposals> {
        FilterEvent(TransferProposals source) {
            super(source, false);
        }
    }
}
