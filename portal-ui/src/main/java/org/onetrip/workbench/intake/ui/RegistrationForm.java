package org.onetrip.workbench.intake.ui;

import static org.onetrip.workbench.ui.FieldChecks.manual;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.regex.Pattern;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.layout.Presses;
import org.onetrip.organisation.api.Department;
import org.onetrip.shared.api.Channel;
import org.onetrip.workbench.intake.IntakeDesk;
import org.onetrip.workbench.ui.FieldChecks;

/** Registers a case that arrived by another channel; fires {@link SubmitEvent} once every field passes. */
public class RegistrationForm extends FormLayout {

    static final Pattern PHONE = Pattern.compile(CaseLimits.PHONE_PATTERN);
    static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");

    final Select<Channel> channel = manual(new Select<>());
    final Select<CaseKind> kind = manual(new Select<>());
    final Select<CaseCategory> category = manual(new Select<>());
    final ComboBox<Department> department = manual(new ComboBox<>());
    final TextField title = manual(new TextField());
    final TextArea description = manual(new TextArea());
    final Checkbox anonymous = new Checkbox();
    final TextField contactName = manual(new TextField());
    final TextField contactPhone = manual(new TextField());
    final TextField contactEmail = manual(new TextField());
    final Button submit = new Button();

    public RegistrationForm(List<Department> departments) {
        setId("registration-form");
        channel.setLabel(getTranslation("workbench.intake.channel"));
        channel.setItems(IntakeDesk.CHANNELS.stream().sorted().toList());
        channel.setItemLabelGenerator(value -> getTranslation("workbench.channel." + value.name()));
        channel.setId("registration-channel");
        kind.setLabel(getTranslation("workbench.intake.kind"));
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(value -> getTranslation("workbench.kind." + value.name()));
        kind.setId("registration-kind");
        category.setLabel(getTranslation("workbench.intake.category"));
        category.setItems(CaseCategory.values());
        category.setItemLabelGenerator(value -> value == null
                ? getTranslation("workbench.intake.category.none")
                : getTranslation("workbench.category." + value.name()));
        category.setEmptySelectionAllowed(true);
        category.setEmptySelectionCaption(getTranslation("workbench.intake.category.none"));
        category.setId("registration-category");
        department.setLabel(getTranslation("workbench.intake.department"));
        department.setItems(departments);
        department.setItemLabelGenerator(value -> value.name(getLocale()));
        department.setClearButtonVisible(true);
        department.setId("registration-department");
        title.setLabel(getTranslation("workbench.intake.title"));
        title.setId("registration-title");
        description.setLabel(getTranslation("workbench.intake.description"));
        description.setId("registration-description");
        anonymous.setLabel(getTranslation("workbench.intake.anonymous"));
        anonymous.setId("registration-anonymous");
        contactName.setLabel(getTranslation("workbench.intake.contact-name"));
        contactName.setId("registration-contact-name");
        contactPhone.setLabel(getTranslation("workbench.intake.contact-phone"));
        contactPhone.setId("registration-contact-phone");
        contactEmail.setLabel(getTranslation("workbench.intake.contact-email"));
        contactEmail.setId("registration-contact-email");
        submit.setText(getTranslation("workbench.intake.register"));
        submit.setId("registration-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(Presses.once(this::submit));
        add(
                channel,
                kind,
                category,
                department,
                title,
                description,
                anonymous,
                contactName,
                contactPhone,
                contactEmail,
                submit);
        setColspan(title, 2);
        setColspan(description, 2);
    }

    void submit() {
        var checks = new FieldChecks()
                .chosen(channel)
                .chosen(kind)
                .text(title, true, CaseLimits.TITLE)
                .text(description, true, CaseLimits.DESCRIPTION)
                .text(contactName, false, CaseLimits.CONTACT_NAME)
                .text(contactEmail, false, CaseLimits.EMAIL);
        if (!contactPhone.isEmpty() && !PHONE.matcher(contactPhone.getValue()).matches()) {
            checks.mark(contactPhone, getTranslation("workbench.error.phone"));
        } else {
            checks.mark(contactPhone, null);
        }
        if (!contactEmail.isInvalid()
                && !contactEmail.isEmpty()
                && !EMAIL.matcher(contactEmail.getValue()).matches()) {
            checks.mark(contactEmail, getTranslation("workbench.error.email"));
        }
        if (checks.passed()) {
            fireEvent(new SubmitEvent(
                    this,
                    new org.onetrip.workbench.intake.Registration(
                            channel.getValue(),
                            kind.getValue(),
                            category.getValue(),
                            department.isEmpty() ? null : department.getValue().code(),
                            title.getValue().strip(),
                            description.getValue().strip(),
                            anonymous.getValue(),
                            contactName.getValue(),
                            contactPhone.getValue(),
                            contactEmail.getValue())));
        }
    }

    public void clear() {
        title.clear();
        description.clear();
        anonymous.clear();
        contactName.clear();
        contactPhone.clear();
        contactEmail.clear();
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    public static class SubmitEvent extends ComponentEvent<RegistrationForm> {
        private final org.onetrip.workbench.intake.Registration registration;

        SubmitEvent(RegistrationForm source, org.onetrip.workbench.intake.Registration registration) {
            super(source, false);
            this.registration = registration;
        }

        public org.onetrip.workbench.intake.Registration registration() {
            return registration;
        }
    }
}
