package org.onetrip.liaison.grid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.function.Predicate;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.Complainant;
import org.onetrip.grid.api.GridLimits;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.api.Department;

/** Turns an issue settled on the spot into a case after all: why, and for the case its details. */
public class RaiseIssueDialog extends Dialog {

    public record Raise(String reason, CaseCategory category, String concernedDepartmentCode, Complainant resident) {}

    final TextField reason = new TextField();
    final Select<CaseCategory> category = new Select<>();
    final ComboBox<Department> concerned = new ComboBox<>();
    final TextField residentName = new TextField();
    final TextField residentPhone = new TextField();
    final Button raise = new Button();

    public RaiseIssueDialog(String summary, List<Department> departments, Predicate<Raise> onRaise) {
        setHeaderTitle(getTranslation("liaison.raise.title"));
        reason.setLabel(getTranslation("liaison.raise.reason"));
        reason.setMaxLength(GridLimits.REASON);
        reason.setId("raise-reason");
        reason.setWidthFull();
        category.setLabel(getTranslation("liaison.issue.category"));
        category.setItems(CaseCategory.values());
        category.setItemLabelGenerator(value -> getTranslation("public.category." + value.name()));
        category.setValue(CaseCategory.OTHER);
        concerned.setLabel(getTranslation("liaison.issue.concerned"));
        concerned.setItems(departments);
        concerned.setItemLabelGenerator(department -> department.name(getLocale()));
        concerned.setClearButtonVisible(true);
        residentName.setLabel(getTranslation("liaison.issue.resident-name"));
        residentName.setMaxLength(50);
        residentPhone.setLabel(getTranslation("liaison.issue.resident-phone"));
        residentPhone.setMaxLength(20);
        raise.setText(getTranslation("liaison.raise.submit"));
        raise.setId("raise-submit");
        raise.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        raise.addClickListener(click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("oversight.field.required"));
                return;
            }
            var phone = Texts.blankToNull(residentPhone.getValue());
            if (phone != null && !IssueRow.PHONE.matcher(phone).matches()) {
                residentPhone.setInvalid(true);
                residentPhone.setErrorMessage(getTranslation("liaison.issue.phone-invalid"));
                return;
            }
            var name = Texts.blankToNull(residentName.getValue());
            if (onRaise.test(new Raise(
                    reason.getValue().strip(),
                    category.getValue(),
                    concerned.isEmpty() ? null : concerned.getValue().code(),
                    name == null && phone == null ? null : new Complainant(name, phone, null, false)))) {
                close();
            }
        });
        var cancel = new Button(getTranslation("liaison.cancel"), click -> close());
        add(new Paragraph(summary), new FormLayout(reason, category, concerned, residentName, residentPhone));
        getFooter().add(cancel, raise);
    }
}
