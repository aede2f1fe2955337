package org.onetrip.workbench.department.ui;

import static org.onetrip.workbench.ui.FieldChecks.manual;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.organisation.api.Department;
import org.onetrip.workbench.ui.FieldChecks;

/**
 * What a handler can do with a case of their department. Each button checks the fields it needs,
 * shows the messages next to them and fires an {@link ActionEvent}; the view sends it.
 */
public class HandlerCaseActions extends VerticalLayout {

    public enum Action {
        SIGN_FOR,
        PROGRESS_NOTE,
        EXTENSION,
        RETURN,
        PROPOSE_TRANSFER,
        ANSWER
    }

    final TextArea text = manual(new TextArea());
    final IntegerField workingDays = manual(new IntegerField());
    final ComboBox<Department> transferTo = manual(new ComboBox<>());
    final Button signFor = button(Action.SIGN_FOR, "workbench.inbox.sign-for");
    final Button note = button(Action.PROGRESS_NOTE, "workbench.inbox.progress-note");
    final Button extension = button(Action.EXTENSION, "workbench.inbox.extension");
    final Button returnCase = button(Action.RETURN, "workbench.inbox.return");
    final Button proposeTransfer = button(Action.PROPOSE_TRANSFER, "workbench.inbox.propose-transfer");
    final Button answer = button(Action.ANSWER, "workbench.inbox.answer");
    private final String caseId;
    private final int maxExtensionDays;

    /** {@code maxExtensionDays}: what the deadline configuration allows one extension request. */
    public HandlerCaseActions(String caseId, List<Department> transferTargets, int maxExtensionDays) {
        this.caseId = caseId;
        this.maxExtensionDays = maxExtensionDays;
        setId("handler-case-actions");
        setPadding(false);
        text.setLabel(getTranslation("workbench.inbox.text"));
        text.setHelperText(getTranslation("workbench.inbox.text.help"));
        text.setWidthFull();
        text.setId("handler-text");
        workingDays.setLabel(getTranslation("workbench.inbox.working-days"));
        workingDays.setHelperText(
                getTranslation("workbench.inbox.working-days.help", CaseLimits.MIN_EXTENSION_DAYS, maxExtensionDays));
        workingDays.setStepButtonsVisible(true);
        workingDays.setId("handler-working-days");
        transferTo.setLabel(getTranslation("workbench.inbox.transfer-to"));
        transferTo.setItems(transferTargets);
        transferTo.setItemLabelGenerator(value -> value.name(getLocale()));
        transferTo.setId("handler-transfer-to");
        signFor.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        answer.addThemeVariants(ButtonVariant.LUMO_SUCCESS);
        add(
                new HorizontalLayout(signFor),
                text,
                new HorizontalLayout(note, returnCase, answer),
                row(workingDays, extension),
                row(transferTo, proposeTransfer));
    }

    void act(Action action) {
        var checks = new FieldChecks();
        int max = action == Action.ANSWER ? CaseLimits.ANSWER : CaseLimits.REASON;
        checks.text(text, action != Action.SIGN_FOR, max);
        if (action == Action.EXTENSION) {
            var days = workingDays.getValue();
            checks.mark(
                    workingDays,
                    days == null || days < CaseLimits.MIN_EXTENSION_DAYS || days > maxExtensionDays
                            ? getTranslation(
                                    "workbench.error.working-days", CaseLimits.MIN_EXTENSION_DAYS, maxExtensionDays)
                            : null);
        } else {
            checks.mark(workingDays, null);
        }
        if (action == Action.PROPOSE_TRANSFER) {
            checks.chosen(transferTo);
        } else {
            checks.mark(transferTo, null);
        }
        if (action == Action.SIGN_FOR) {
            checks = new FieldChecks().mark(text, null);
        }
        if (checks.passed()) {
            fireEvent(new ActionEvent(
                    this,
                    action,
                    caseId,
                    text.getValue().strip(),
                    workingDays.getValue() == null ? 0 : workingDays.getValue(),
                    transferTo.isEmpty() ? null : transferTo.getValue().code()));
        }
    }

    /** While a proposal waits for the intake desk, a second one would only be refused. */
    public void transferProposalPending(boolean pending) {
        proposeTransfer.setEnabled(!pending);
        transferTo.setEnabled(!pending);
    }

    public void clear() {
        text.clear();
        workingDays.clear();
        transferTo.clear();
    }

    public Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    private Button button(Action action, String key) {
        var button = new Button(getTranslation(key), click -> act(action));
        button.setId("handler-" + action.name().toLowerCase().replace('_', '-'));
        return button;
    }

    private static HorizontalLayout row(Component... components) {
        var row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        return row;
    }

    public static class ActionEvent extends ComponentEvent<HandlerCaseActions> {
        private final Action action;
        private final String caseId;
        private final String text;
        private final int workingDays;
        private final String toDepartmentCode;

        ActionEvent(
                HandlerCaseActions source,
                Action action,
                String caseId,
                String text,
                int workingDays,
                String toDepartmentCode) {
            super(source, false);
            this.action = action;
            this.caseId = caseId;
            this.text = text;
            this.workingDays = workingDays;
            this.toDepartmentCode = toDepartmentCode;
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

        public int workingDays() {
            return workingDays;
        }

        public String toDepartmentCode() {
            return toDepartmentCode;
        }
    }
}
