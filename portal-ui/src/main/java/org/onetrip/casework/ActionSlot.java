package org.onetrip.casework;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Span;
import java.util.List;
import org.onetrip.cases.api.AllowedActions;
import org.onetrip.cases.api.CaseAction;

/**
 * A case action's button as the case's state has it: clickable only when the case allows the action to
 * the signed-in staff member now, otherwise disabled with the reason on hover (on this wrapper, since a
 * disabled button takes no pointer events). Vaadin ignores clicks on a disabled button sent by a crafted
 * client, and the screen services check again before sending anything.
 */
public class ActionSlot extends Span {

    private final Button button;
    private final CaseAction action;

    public ActionSlot(Button button, CaseAction action) {
        this.button = button;
        this.action = action;
        add(button);
        getElement().setAttribute("data-action", action.name());
    }

    public Button button() {
        return button;
    }

    public CaseAction action() {
        return action;
    }

    /** Nothing selected ({@code allowed} null): disabled without a reason. */
    public void offer(AllowedActions allowed, boolean primary) {
        var refusal = allowed == null ? null : allowed.refusal(action).orElse(null);
        boolean enabled = allowed != null && refusal == null;
        button.setEnabled(enabled);
        if (refusal == null) {
            getElement().removeAttribute("title");
        } else {
            getElement()
                    .setAttribute(
                            "title",
                            getTranslation("casework.not-now", getTranslation("oversight.refusal." + refusal.name())));
        }
        if (enabled && primary) {
            button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        } else {
            button.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
    }

    /** The natural next step: the first of {@code preference} the case allows now, or null. */
    public static CaseAction next(AllowedActions allowed, List<CaseAction> preference) {
        if (allowed == null) {
            return null;
        }
        return preference.stream().filter(allowed::allows).findFirst().orElse(null);
    }
}
