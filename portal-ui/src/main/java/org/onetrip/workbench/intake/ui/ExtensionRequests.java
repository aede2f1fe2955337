package org.onetrip.workbench.intake.ui;

import static org.onetrip.workbench.ui.FieldChecks.manual;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.time.LocalDate;
import java.util.List;
import java.util.function.Function;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.workbench.ui.FieldChecks;

/**
 * Departments' requests for more working days that wait for intake: who asks, how many days, why,
 * and the deadline approving would set. Approving takes an optional note, denying a reason; the
 * view sends the {@link DecisionEvent}.
 */
public class ExtensionRequests extends VerticalLayout {

    public enum Decision {
        APPROVE,
        DENY
    }

    final Grid<Hit> requests = new Grid<>();
    final Span selected = new Span();
    final TextArea text = manual(new TextArea());
    final Button approve = new Button();
    final Button deny = new Button();
    final Span outcome = new Span();

    /** {@code departmentName}: code to name; {@code extendedDeadline}: the due date approving would set. */
    public ExtensionRequests(Function<String, String> departmentName, Function<Hit, LocalDate> extendedDeadline) {
        setId("extension-requests");
        setPadding(false);
        requests.setId("extension-requests-grid");
        requests.setEmptyStateText(getTranslation("grid.empty"));
        requests.addColumn(Hit::caseNumber)
                .setHeader(getTranslation("workbench.grid.case-number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        requests.addColumn(Hit::title)
                .setHeader(getTranslation("workbench.grid.title"))
                .setFlexGrow(1);
        requests.addColumn(hit -> departmentName.apply(hit.pendingExtension().departmentCode()))
                .setHeader(getTranslation("workbench.extension.department"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        requests.addColumn(hit -> getTranslation(
                        "workbench.extension.days", hit.pendingExtension().workingDays()))
                .setHeader(getTranslation("workbench.extension.asked"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        requests.addColumn(hit -> hit.pendingExtension().reason())
                .setHeader(getTranslation("workbench.extension.reason"))
                .setFlexGrow(1);
        requests.addColumn(hit -> hit.dueDate() == null ? "" : hit.dueDate().toString())
                .setHeader(getTranslation("workbench.extension.due-now"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        requests.addColumn(hit -> {
                    var extended = hit.dueDate() == null ? null : extendedDeadline.apply(hit);
                    return extended == null ? "" : extended.toString();
                })
                .setHeader(getTranslation("workbench.extension.due-if-approved"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        requests.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        requests.setAllRowsVisible(true);
        requests.setEmptyStateText(getTranslation("workbench.extension.none"));
        requests.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));

        selected.setId("extension-selected");
        text.setId("extension-text");
        text.setLabel(getTranslation("workbench.extension.text"));
        text.setHelperText(getTranslation("workbench.extension.text.help"));
        text.setWidthFull();
        approve.setId("extension-approve");
        approve.setText(getTranslation("workbench.extension.approve"));
        approve.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        approve.addClickListener(click -> decide(Decision.APPROVE));
        deny.setId("extension-deny");
        deny.setText(getTranslation("workbench.extension.deny"));
        deny.addThemeVariants(ButtonVariant.LUMO_ERROR);
        deny.addClickListener(click -> decide(Decision.DENY));
        outcome.setId("extension-outcome");
        add(requests, selected, text, new HorizontalLayout(approve, deny), outcome);
        select(null);
    }

    public void show(List<Hit> pending) {
        requests.setItems(pending);
        select(null);
    }

    /** Says what the last decision did, e.g. the new deadline; stays until the next decision. */
    public void said(String text) {
        outcome.setText(text);
    }

    private void select(Hit hit) {
        selected.setText(
                hit == null
                        ? getTranslation("workbench.extension.nothing-selected")
                        : hit.caseNumber() + " · " + hit.title());
        text.clear();
        new FieldChecks().mark(text, null);
        approve.setEnabled(hit != null);
        deny.setEnabled(hit != null);
    }

    void decide(Decision decision) {
        var hit = requests.asSingleSelect().getValue();
        if (hit == null) {
            return;
        }
        if (new FieldChecks()
                .text(text, decision == Decision.DENY, CaseLimits.REASON)
                .passed()) {
            fireEvent(new DecisionEvent(this, decision, hit, text.getValue().strip()));
        }
    }

    public Registration addDecisionListener(ComponentEventListener<DecisionEvent> listener) {
        return addListener(DecisionEvent.class, listener);
    }

    public static class DecisionEvent extends ComponentEvent<ExtensionRequests> {
        private final Decision decision;
        private final Hit request;
        private final String text;

        DecisionEvent(ExtensionRequests source, Decision decision, Hit request, String text) {
            super(source, false);
            this.decision = decision;
            this.request = request;
            this.text = text;
        }

        public Decision decision() {
            return decision;
        }

        public Hit request() {
            return request;
        }

        public String text() {
            return text;
        }
    }
}
