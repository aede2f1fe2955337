package org.onetrip.liaison.grid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.Complainant;
import org.onetrip.grid.api.FoundIssue;
import org.onetrip.grid.api.GridLimits;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.api.Department;
import org.onetrip.oversight.ui.CheckedForm;

/**
 * One issue found on a visit: what it is, and either how it was settled on the spot or that it goes to
 * the desk as a case, with the resident's contact (stored only encrypted, in the case).
 */
public class IssueRow extends CheckedForm {

    static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[0-9+\\- ]{5,20}");

    final TextField summary = new TextField();
    final TextArea details = new TextArea();
    final Checkbox raiseAsCase = new Checkbox();
    final TextField resolution = new TextField();
    final Select<CaseCategory> category = new Select<>();
    final ComboBox<Department> concerned = new ComboBox<>();
    final TextField residentName = new TextField();
    final TextField residentPhone = new TextField();
    final Button remove = new Button();

    public IssueRow(int number, List<Department> departments, Runnable onRemove) {
        addClassName("issue-row");
        getStyle()
                .set("border-left", "3px solid var(--lumo-contrast-20pct)")
                .set("padding-left", "var(--lumo-space-m)");
        summary.setLabel(getTranslation("liaison.issue.summary", number));
        summary.setMaxLength(GridLimits.ISSUE_SUMMARY);
        summary.addClassName("issue-summary");
        details.setLabel(getTranslation("liaison.issue.details"));
        details.setMaxLength(GridLimits.ISSUE_DETAILS);
        details.addClassName("issue-details");
        raiseAsCase.setLabel(getTranslation("liaison.issue.raise"));
        raiseAsCase.setValue(true);
        raiseAsCase.addClassName("issue-raise");
        resolution.setLabel(getTranslation("liaison.issue.resolution"));
        resolution.setMaxLength(GridLimits.RESOLUTION);
        resolution.addClassName("issue-resolution");
        category.setLabel(getTranslation("liaison.issue.category"));
        category.setItems(CaseCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("public.category." + value.name()));
        category.setValue(CaseCategory.OTHER);
        category.addClassName("issue-category");
        concerned.setLabel(getTranslation("liaison.issue.concerned"));
        concerned.setItems(departments);
        concerned.setItemLabelGenerator(department -> department.name(getLocale()));
        concerned.setClearButtonVisible(true);
        concerned.addClassName("issue-concerned");
        residentName.setLabel(getTranslation("liaison.issue.resident-name"));
        residentName.setMaxLength(50);
        residentName.addClassName("issue-resident-name");
        residentPhone.setLabel(getTranslation("liaison.issue.resident-phone"));
        residentPhone.setMaxLength(20);
        residentPhone.addClassName("issue-resident-phone");
        remove.setText(getTranslation("liaison.issue.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
        remove.addClickListener(click -> onRemove.run());
        raiseAsCase.addValueChangeListener(change -> follow());
        var privacy = new Span(getTranslation("liaison.issue.privacy"));
        privacy.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        var form = new FormLayout(
                summary, details, raiseAsCase, resolution, category, concerned, residentName, residentPhone);
        add(form, privacy, remove);
        follow();
    }

    private void follow() {
        boolean toCase = raiseAsCase.getValue();
        resolution.setVisible(!toCase);
        category.setVisible(toCase);
        concerned.setVisible(toCase);
        residentName.setVisible(toCase);
        residentPhone.setVisible(toCase);
    }

    /** The issue as entered, or null after marking what is wrong. */
    FoundIssue issue() {
        boolean ok = checkText(summary, true, GridLimits.ISSUE_SUMMARY)
                & checkText(details, false, GridLimits.ISSUE_DETAILS);
        boolean toCase = raiseAsCase.getValue();
        ok &= checkText(resolution, !toCase, GridLimits.RESOLUTION);
        var phone = Texts.blankToNull(residentPhone.getValue());
        if (toCase && phone != null && !PHONE.matcher(phone).matches()) {
            ok = invalid(residentPhone, getTranslation("liaison.issue.phone-invalid"));
        } else {
            valid(residentPhone);
        }
        if (!ok) {
            return null;
        }
        var name = Texts.blankToNull(residentName.getValue());
        return new FoundIssue(
                summary.getValue().strip(),
                Texts.blankToNull(details.getValue()),
                toCase,
                toCase ? null : resolution.getValue().strip(),
                toCase ? category.getValue() : null,
                toCase && !concerned.isEmpty() ? concerned.getValue().code() : null,
                toCase && (name != null || phone != null) ? new Complainant(name, phone, null, false) : null);
    }
}
