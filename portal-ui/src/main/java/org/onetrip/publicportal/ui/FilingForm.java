package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.validator.EmailValidator;
import com.vaadin.flow.data.validator.StringLengthValidator;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.shared.Registration;
import java.util.List;
import java.util.Locale;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseLimits;
import org.onetrip.cases.application.NewCase;
import org.onetrip.disclosure.api.ServiceItemListResponse;
import org.onetrip.organisation.api.Department;

/**
 * The filing form: validates next to each field with the limits every entry point promises ({@link CaseLimits}) and, when all is
 * well, fires a {@link SubmitEvent} carrying the request. It files nothing itself.
 */
public class FilingForm extends FormLayout {

    public static final List<CaseKind> KINDS =
            List.of(CaseKind.COMPLAINT, CaseKind.REPORT, CaseKind.ENQUIRY, CaseKind.SUGGESTION);

    final ComboBox<CaseKind> kind = new ComboBox<>();
    final ComboBox<CaseCategory> category = new ComboBox<>();
    final ComboBox<Department> department = new ComboBox<>();
    final ComboBox<ServiceItemListResponse.Entry> serviceItem = new ComboBox<>();
    final TextField title = new TextField();
    final TextArea description = new TextArea();
    final Checkbox anonymous = new Checkbox();
    final TextField contactName = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final Button submit = new Button();

    private final Binder<FilingDraft> binder = new Binder<>(FilingDraft.class);
    private final FilingDraft draft = new FilingDraft();

    public FilingForm(List<Department> departments, List<ServiceItemListResponse.Entry> items) {
        var locale = getLocale() == null ? Locale.SIMPLIFIED_CHINESE : getLocale();
        setId("filing-form");
        setMaxWidth("800px");

        kind.setId("kind");
        kind.setLabel(getTranslation("public.file.kind"));
        kind.setItems(KINDS);
        kind.setItemLabelGenerator(k -> getTranslation("public.kind." + k.name()));
        kind.setRequiredIndicatorVisible(true);

        category.setId("category");
        category.setLabel(getTranslation("public.file.category"));
        category.setItems(CaseCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("public.category." + c.name()));
        category.setClearButtonVisible(true);

        department.setId("department");
        department.setLabel(getTranslation("public.file.department"));
        department.setHelperText(getTranslation("public.file.department.help"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name(locale));
        department.setClearButtonVisible(true);

        serviceItem.setId("service-item");
        serviceItem.setLabel(getTranslation("public.file.item"));
        serviceItem.setItems(items);
        serviceItem.setItemLabelGenerator(item -> item.code() + " " + item.name());
        serviceItem.setClearButtonVisible(true);

        title.setId("title");
        title.setLabel(getTranslation("public.file.title"));
        title.setHelperText(getTranslation("public.file.title.help"));
        title.setRequiredIndicatorVisible(true);
        title.setWidthFull();

        description.setId("description");
        description.setLabel(getTranslation("public.file.description"));
        description.setRequiredIndicatorVisible(true);
        description.setMaxLength(CaseLimits.DESCRIPTION);
        description.setValueChangeMode(ValueChangeMode.LAZY);
        description.setMinHeight("10em");
        // a long complaint scrolls inside the field rather than pushing the submit button pages down
        description.setMaxHeight("30em");
        description.setWidthFull();
        description.addValueChangeListener(e -> countCharacters());
        countCharacters();

        anonymous.setId("anonymous");
        anonymous.setLabel(getTranslation("public.file.anonymous"));

        contactName.setId("contact-name");
        contactName.setLabel(getTranslation("public.file.contact-name"));
        phone.setId("phone");
        phone.setLabel(getTranslation("public.file.phone"));
        email.setId("email");
        email.setLabel(getTranslation("public.file.email"));

        // Our validators carry the messages; the fields' built-in ones would only say "invalid" without words.
        binder.setDefaultValidatorsEnabled(false);
        binder.forField(kind)
                .asRequired(getTranslation("public.file.kind.required"))
                .bind(FilingDraft::getKind, FilingDraft::setKind);
        binder.forField(category).bind(FilingDraft::getCategory, FilingDraft::setCategory);
        binder.forField(department).bind(FilingDraft::getDepartment, FilingDraft::setDepartment);
        binder.forField(serviceItem).bind(FilingDraft::getServiceItem, FilingDraft::setServiceItem);
        binder.forField(title)
                .asRequired(getTranslation("public.file.title.required"))
                // spaces alone are no title: the backend refuses them, and the filer should hear it at the field
                .withValidator(value -> !value.isBlank(), getTranslation("public.file.title.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("public.too-long", CaseLimits.TITLE), 0, CaseLimits.TITLE))
                .bind(FilingDraft::getTitle, FilingDraft::setTitle);
        binder.forField(description)
                .asRequired(getTranslation("public.file.description.required"))
                .withValidator(value -> !value.isBlank(), getTranslation("public.file.description.required"))
                .withValidator(new StringLengthValidator(
                        getTranslation("public.too-long", CaseLimits.DESCRIPTION), 0, CaseLimits.DESCRIPTION))
                .bind(FilingDraft::getDescription, FilingDraft::setDescription);
        binder.forField(anonymous).bind(FilingDraft::isAnonymous, FilingDraft::setAnonymous);
        binder.forField(contactName)
                .withValidator(new StringLengthValidator(
                        getTranslation("public.too-long", CaseLimits.CONTACT_NAME), 0, CaseLimits.CONTACT_NAME))
                .bind(FilingDraft::getContactName, FilingDraft::setContactName);
        binder.forField(phone)
                .withValidator(
                        value -> value == null
                                || value.isBlank()
                                || value.strip().matches(CaseLimits.PHONE_PATTERN),
                        getTranslation("public.file.phone.invalid"))
                .bind(FilingDraft::getPhone, FilingDraft::setPhone);
        binder.forField(email)
                .withValidator(new StringLengthValidator(
                        getTranslation("public.too-long", CaseLimits.EMAIL), 0, CaseLimits.EMAIL))
                .withValidator(new EmailValidator(getTranslation("public.file.email.invalid"), true))
                .bind(FilingDraft::getEmail, FilingDraft::setEmail);
        binder.readBean(draft);

        submit.setId("submit-filing");
        submit.setText(getTranslation("public.file.submit"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> submit());

        var contactHeading = new H2(getTranslation("public.file.contact.heading"));
        contactHeading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
        var actions = new com.vaadin.flow.component.orderedlayout.HorizontalLayout(submit);
        add(
                kind,
                category,
                department,
                serviceItem,
                title,
                description,
                anonymous,
                contactHeading,
                contactName,
                phone,
                email,
                actions);
        setColspan(actions, 2);
        setColspan(title, 2);
        setColspan(description, 2);
        setColspan(anonymous, 2);
        setColspan(contactHeading, 2);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 2));
    }

    /** Validates; fires {@link SubmitEvent} only when every field is valid. Answers whether it fired. */
    public boolean submit() {
        if (binder.writeBeanIfValid(draft)) {
            fireEvent(new SubmitEvent(this, draft.toNewCase()));
            return true;
        }
        return false;
    }

    public Registration addSubmitListener(ComponentEventListener<SubmitEvent> listener) {
        return addListener(SubmitEvent.class, listener);
    }

    private void countCharacters() {
        int length = description.getValue() == null ? 0 : description.getValue().length();
        description.setHelperText(getTranslation("public.counter", length, CaseLimits.DESCRIPTION));
    }

    public static class SubmitEvent extends ComponentEvent<FilingForm> {
        private final NewCase request;

        SubmitEvent(FilingForm source, NewCase request) {
            super(source, false);
            this.request = request;
        }

        public NewCase request() {
            return request;
        }
    }
}
