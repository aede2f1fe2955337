package org.onetrip.liaison.enterprise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import org.onetrip.enterprise.api.EnterpriseIssueType;
import org.onetrip.enterprise.api.EnterpriseLimits;
import org.onetrip.enterprise.api.LedgerIssue;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.oversight.ui.CheckedForm;

/** One problem the enterprise raised: its kind (用地, 审批, …), what it is, and whether it goes to the desk. */
public class LedgerIssueRow extends CheckedForm {

    final Select<EnterpriseIssueType> type = new Select<>();
    final TextField summary = new TextField();
    final TextArea details = new TextArea();
    final Checkbox raise = new Checkbox();
    final TextField resolution = new TextField();

    public LedgerIssueRow(int number, Runnable onRemove) {
        addClassName("ledger-issue-row");
        getStyle()
                .set("border-left", "3px solid var(--lumo-contrast-20pct)")
                .set("padding-left", "var(--lumo-space-m)");
        type.setLabel(getTranslation("liaison.ledger.type", number));
        type.setItems(EnterpriseIssueType.values());
        type.setItemLabelGenerator(value -> getTranslation("liaison.issue-type." + value.name()));
        type.addClassName("ledger-issue-type");
        summary.setLabel(getTranslation("liaison.ledger.summary"));
        summary.setMaxLength(EnterpriseLimits.ISSUE_SUMMARY);
        summary.addClassName("ledger-issue-summary");
        details.setLabel(getTranslation("liaison.issue.details"));
        details.setMaxLength(EnterpriseLimits.ISSUE_DETAILS);
        details.addClassName("ledger-issue-details");
        raise.setLabel(getTranslation("liaison.ledger.raise"));
        raise.setValue(true);
        raise.addClassName("ledger-issue-raise");
        resolution.setLabel(getTranslation("liaison.issue.resolution"));
        resolution.setMaxLength(EnterpriseLimits.RESOLUTION);
        resolution.setVisible(false);
        resolution.addClassName("ledger-issue-resolution");
        raise.addValueChangeListener(change -> resolution.setVisible(!change.getValue()));
        var remove = new Button(getTranslation("liaison.issue.remove"), click -> onRemove.run());
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        add(new FormLayout(type, summary, details, raise, resolution), remove);
    }

    LedgerIssue issue() {
        boolean ok = checkChosen(type)
                & checkText(summary, true, EnterpriseLimits.ISSUE_SUMMARY)
                & checkText(details, false, EnterpriseLimits.ISSUE_DETAILS)
                & checkText(resolution, !raise.getValue(), EnterpriseLimits.RESOLUTION);
        if (!ok) {
            return null;
        }
        return new LedgerIssue(
                type.getValue(),
                summary.getValue().strip(),
                Texts.blankToNull(details.getValue()),
                raise.getValue(),
                raise.getValue() ? null : resolution.getValue().strip());
    }
}
