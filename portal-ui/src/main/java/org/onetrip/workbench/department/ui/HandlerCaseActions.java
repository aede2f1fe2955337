package org.onetrip.workbench.department.ui;

import static org.onetrip.workbench.ui.FieldChecks.manual;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import org.onetrip.cases.api.AllowedActions;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.casework.ActionSlot;
import org.onetrip.layout.Presses;
import org.onetrip.organisation.api.Department;
import org.onetrip.workbench.ui.FieldChecks;

/**
 * What a handler can do with a case of their department. Each button checks the fields it needs,
 * shows the messages next to them and fires an {@link ActionEvent}; the view sends it.
 */
public class HandlerCaseActions extends VerticalLayout {

    public enum Action {
        SIGN_FOR(CaseAction.SIGN_FOR),
        PROGRESS_NOTE(CaseAction.ADD_PROGRESS_NOTE),
        EXTENSION(CaseAction.REQUEST_EXTENSION),
        RETURN(CaseAction.RETURN),
        PROPOSE_TRANSFER(CaseAction.PROPOSE_TRANSFER),
        ANSWER(CaseAction.ANSWER);

        final CaseAction caseAction;

        Action(CaseAction caseAction) {
            this.caseAction = caseAction;
        }

        public CaseAction caseAction() {
            return caseAction;
        }
    }

    /** The handler's natural next step, first allowed wins. */
    static final List<CaseAction> NEXT = List.of(CaseAction.SIGN_FOR, CaseAction.ANSWER);

    final TextArea text = manual(new TextArea());
    final IntegerField workingDays = manual(new IntegerField());
    final ComboBox<Department> transferTo = manual(new ComboBox<>());
    final Button signFor = button(Action.SIGN_FOR, "workbench.inbox.sign-for");
    final Button note = button(Action.PROGRESS_NOTE, "workbench.inbox.progress-note");
    final Button extension = button(Action.EXTENSION, "workbench.inbox.extension");
    final Button returnCase = button(Action.RETURN, "workbench.inbox.return");
    final Button proposeTransfer = button(Action.PROPOSE_TRANSFER, "workbench.inbox.propose-transfer");
    final Button answer = button(Action.ANSWER, "workbench.inbox.answer");
    final List<ActionSlot> slots = List.of(
            new ActionSlot(signFor, CaseAction.SIGN_FOR),
            new ActionSlot(note, CaseAction.ADD_PROGRESS_NOTE),
            new ActionSlot(extension, CaseAction.REQUEST_EXTENSION),
            new ActionSlot(returnCase, CaseAction.RETURN),
            new ActionSlot(proposeTransfer, CaseAction.PROPOSE_TRANSFER),
            new ActionSlot(answer, CaseAction.ANSWER));
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
        add(
                new HorizontalLayout(slot(CaseAction.SIGN_FOR)),
                text,
                new HorizontalLayout(
                        slot(CaseAction.ANSWER), slot(CaseAction.ADD_PROGRESS_NOTE), slot(CaseAction.RETURN)),
                row(workingDays, slot(CaseAction.REQUEST_EXTENSION)),
                row(transferTo, slot(CaseAction.PROPOSE_TRANSFER)));
    }

    ActionSlot slot(CaseAction action) {
        return slots.stream()
                .filter(slot -> slot.action() == action)
                .findFirst()
                .orElseThrow();
    }

    /**
     * Offers what the case allows the handler now: the natural next step as the primary button, the rest
     * disabled with the reason on hover. Typed text stays.
     */
    public void offer(AllowedActions allowed) {
        var next = ActionSlot.next(allowed, NEXT);
        slots.forEach(slot -> slot.offer(allowed, slot.action() == next));
        var transfer = allowed != null && allowed.allows(CaseAction.PROPOSE_TRANSFER);
        transferTo.setEnabled(transfer);
        workingDays.setEnabled(allowed != null && allowed.allows(CaseAction.REQUEST_EXTENSION));
    }

    /** After an action was done: the fields it used are emptied, whatever else was typed stays. */
    public void done(Action action) {
        switch (action) {
            case SIGN_FOR -> {}
            case EXTENSION -> {
                text.clear();
                workingDays.clear();
            }
            case PROPOSE_TRANSFER -> {
                text.clear();
                transferTo.clear();
            }
            default -> text.clear();
        }
    }

    void act(Action action) {
        if (!slot(action.caseAction()).button().isEnabled()) {
            return;
        }
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

    public void clear() {
        text.clear();
        workingDays.clear();
        transferTo.clear();
    }

    public Registration addActionListener(ComponentEventListener<ActionEvent> listener) {
        return addListener(ActionEvent.class, listener);
    }

    private Button button(Action action, String key) {
        var button = new Button(getTranslation(key), Presses.once(() -> act(action)));
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
