package org.onetrip.workbench.intake.ui;

import static org.onetrip.workbench.ui.FieldChecks.manual;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.onetrip.cases.api.AllowedActions;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.casework.ActionSlot;
import org.onetrip.layout.Presses;
import org.onetrip.organisation.api.Department;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.workbench.ui.DeadlineBadge;
import org.onetrip.workbench.ui.FieldChecks;

/**
 * What intake can do with the selected case. Each button checks the fields it needs, shows messages
 * next to them, and fires an {@link ActionEvent} with the values; the view sends it.
 */
public class IntakeCaseActions extends VerticalLayout {

    public enum Action {
        ACCEPT(CaseAction.ACCEPT),
        DECLINE(CaseAction.DECLINE),
        ASSIGN(CaseAction.ASSIGN),
        MERGE(CaseAction.MERGE),
        REOPEN(CaseAction.REOPEN),
        CLOSE(CaseAction.CLOSE),
        WITHHOLD_RESULT(CaseAction.WITHHOLD_RESULT),
        REPUBLISH_RESULT(CaseAction.REPUBLISH_RESULT);

        final CaseAction caseAction;

        Action(CaseAction caseAction) {
            this.caseAction = caseAction;
        }

        public CaseAction caseAction() {
            return caseAction;
        }
    }

    /** The desk's natural next step, first allowed wins. */
    static final List<CaseAction> NEXT =
            List.of(CaseAction.ACCEPT, CaseAction.ASSIGN, CaseAction.CLOSE, CaseAction.REOPEN);

    final Span heading = new Span();
    final HorizontalLayout summary = new HorizontalLayout();
    final TextArea reason = manual(new TextArea());
    final ComboBox<Department> department = manual(new ComboBox<>());
    final TextField deadlineResetReason = manual(new TextField());
    final ComboBox<Hit> mergeTarget = manual(new ComboBox<>());
    final Button accept = button(Action.ACCEPT, "workbench.intake.accept");
    final Button decline = button(Action.DECLINE, "workbench.intake.decline");
    final Button assign = button(Action.ASSIGN, "workbench.intake.assign");
    final Button merge = button(Action.MERGE, "workbench.intake.merge");
    final Button reopen = button(Action.REOPEN, "workbench.intake.reopen");
    final Button close = button(Action.CLOSE, "workbench.intake.close");
    final Button withholdResult = button(Action.WITHHOLD_RESULT, "workbench.intake.withhold-result");
    final Button republishResult = button(Action.REPUBLISH_RESULT, "workbench.intake.republish-result");
    final List<ActionSlot> slots = List.of(
            new ActionSlot(accept, CaseAction.ACCEPT),
            new ActionSlot(decline, CaseAction.DECLINE),
            new ActionSlot(assign, CaseAction.ASSIGN),
            new ActionSlot(merge, CaseAction.MERGE),
            new ActionSlot(reopen, CaseAction.REOPEN),
            new ActionSlot(close, CaseAction.CLOSE),
            new ActionSlot(withholdResult, CaseAction.WITHHOLD_RESULT),
            new ActionSlot(republishResult, CaseAction.REPUBLISH_RESULT));
    private Hit selected;

    public IntakeCaseActions(List<Department> departments) {
        setId("intake-case-actions");
        setPadding(false);
        heading.setId("intake-selected-title");
        heading.getStyle().set("font-weight", "bold");
        summary.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.getStyle().set("flex-wrap", "wrap");
        reason.setLabel(getTranslation("workbench.intake.reason"));
        reason.setHelperText(getTranslation("workbench.intake.reason.help"));
        reason.setWidthFull();
        reason.setId("intake-reason");
        department.setLabel(getTranslation("workbench.intake.assign-to"));
        department.setItems(departments);
        department.setItemLabelGenerator(value -> value.name(getLocale()));
        department.setId("intake-assign-department");
        deadlineResetReason.setLabel(getTranslation("workbench.intake.deadline-reset"));
        deadlineResetReason.setHelperText(getTranslation("workbench.intake.deadline-reset.help"));
        deadlineResetReason.setId("intake-deadline-reset");
        mergeTarget.setLabel(getTranslation("workbench.intake.merge-into"));
        mergeTarget.setItemLabelGenerator(hit -> hit.caseNumber() + " · " + hit.title());
        mergeTarget.setId("intake-merge-target");
        mergeTarget.setWidth("28em");
        decline.addThemeVariants(ButtonVariant.LUMO_ERROR);
        add(
                new H3(getTranslation("workbench.intake.selected")),
                heading,
                summary,
                reason,
                new HorizontalLayout(
                        slot(CaseAction.ACCEPT),
                        slot(CaseAction.DECLINE),
                        slot(CaseAction.REOPEN),
                        slot(CaseAction.CLOSE)),
                wrap(department, deadlineResetReason, slot(CaseAction.ASSIGN)),
                wrap(mergeTarget, slot(CaseAction.MERGE)),
                wrap(slot(CaseAction.WITHHOLD_RESULT), slot(CaseAction.REPUBLISH_RESULT)));
        show(null, List.of());
    }

    /** Shows a case, or nothing with every button off when {@code hit} is null. */
    public void show(Hit hit, List<Hit> likelyDuplicates) {
        this.selected = hit;
        summary.removeAll();
        reason.clear();
        department.clear();
        deadlineResetReason.clear();
        mergeTarget.clear();
        mergeTarget.setItems(likelyDuplicates);
        mergeTarget.setHelperText(getTranslation("workbench.intake.duplicates-found", likelyDuplicates.size()));
        if (hit == null) {
            heading.setText(getTranslation("workbench.intake.nothing-selected"));
        } else {
            heading.setText(hit.title());
            // the status shown above comes from the case's events; the list's copy may lag
            refreshed(hit);
        }
        offer(null);
    }

    /** The selected case's fresh copy from the list after an action: its number and deadline again, typed text kept. */
    public void refreshed(Hit hit) {
        if (selected == null || !selected.caseId().equals(hit.caseId())) {
            return;
        }
        selected = hit;
        summary.removeAll();
        summary.add(new Span(hit.caseNumber()), new DeadlineBadge(hit.deadlineStatus()));
    }

    ActionSlot slot(CaseAction action) {
        return slots.stream()
                .filter(slot -> slot.action() == action)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Offers what the case allows the desk now (read from its events): the natural next step as the
     * primary button, the rest disabled with the reason on hover. Typed text stays.
     */
    public void offer(AllowedActions allowed) {
        var next = ActionSlot.next(allowed, NEXT);
        slots.forEach(slot -> slot.offer(allowed, slot.action() == next));
    }

    /** After an action was done on the selected case: the fields it used are emptied, the rest stays. */
    public void done(Action action) {
        switch (action) {
            case ASSIGN -> {
                department.clear();
                deadlineResetReason.clear();
                reason.clear();
            }
            case MERGE -> {
                mergeTarget.clear();
                reason.clear();
            }
            default -> reason.clear();
        }
    }

    public Hit selected() {
        return selected;
    }

    void act(Action action) {
        if (selected == null || !slot(action.caseAction()).button().isEnabled()) {
            return;
        }
        var checks = new FieldChecks();
        boolean reasonNeeded = action != Action.ACCEPT && action != Action.ASSIGN && action != Action.CLOSE;
        checks.text(reason, reasonNeeded, CaseLimits.REASON);
        if (action == Action.ASSIGN) {
            checks.chosen(department).text(deadlineResetReason, false, CaseLimits.REASON);
        } else {
            checks.mark(department, null).mark(deadlineResetReason, null);
        }
        if (action == Action.MERGE) {
            checks.chosen(mergeTarget);
        } else {
            checks.mark(mergeTarget, null);
        }
        if (checks.passed()) {
            fireEvent(new ActionEvent(
                    this,
                    action,
                    selected.caseId(),
                    reason.getValue().strip(),
                    department.isEmpty() ? null : department.getValue().code(),
                    deadlineResetReason.getValue().strip(),
                    mergeTarget.isEmpty() ? null : mergeTarget.getValue().caseId()));
        }
    }

    public Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    private Button button(Action action, String key) {
        var button = new Button(getTranslation(key), Presses.once(() -> act(action)));
        button.setId("intake-" + action.name().toLowerCase());
        return button;
    }

    private static HorizontalLayout wrap(com.vaadin.flow.component.Component... components) {
        var row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    public static class ActionEvent extends ComponentEvent<IntakeCaseActions> {
        private final Action action;
        private final String caseId;
        private final String text;
        private final String departmentCode;
        private final String deadlineResetReason;
        private final String primaryCaseId;

        ActionEvent(
                IntakeCaseActions source,
                Action action,
                String caseId,
                String text,
                String departmentCode,
                String deadlineResetReason,
                String primaryCaseId) {
            super(source, false);
            this.action = action;
            this.caseId = caseId;
            this.text = text;
            this.departmentCode = departmentCode;
            this.deadlineResetReason = deadlineResetReason;
            this.primaryCaseId = primaryCaseId;
        }

        public Action action() {
            return action;
        }

        public String caseId() {
            return caseId;
        }

        public String text() {
            return text;
        }

        public String departmentCode() {
            return departmentCode;
        }

        public String deadlineResetReason() {
            return deadlineResetReason;
        }

        public String primaryCaseId() {
            return primaryCaseId;
        }
    }
}
