package org.onetrip.liaison.enterprise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import java.util.function.Predicate;
import org.onetrip.enterprise.api.EnterpriseLimits;
import org.onetrip.enterprise.api.EnterpriseSector;
import org.onetrip.layout.Phrases;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.api.StaffMember;
import org.onetrip.oversight.ui.CheckedForm;
import org.onetrip.privacy.api.ContactDetails;

/** Enters an enterprise in the register and pairs it with a liaison cadre (党政办, administrators). */
public class EnterpriseForm extends CheckedForm {

    static final java.util.regex.Pattern PHONE = java.util.regex.Pattern.compile("[0-9+\\- ]{5,20}");

    public record NewEnterprise(
            String name, EnterpriseSector sector, String park, ContactDetails contact, String liaisonPersonId) {}

    final TextField name = new TextField();
    final Select<EnterpriseSector> sector = new Select<>();
    final TextField park = new TextField();
    final TextField contactName = new TextField();
    final TextField contactPhone = new TextField();
    final EmailField contactEmail = new EmailField();
    final ComboBox<StaffMember> liaison = new ComboBox<>();
    final Button submit = new Button();

    public EnterpriseForm(
            List<StaffMember> staff,
            BiFunction<String, Locale, String> departmentName,
            Predicate<NewEnterprise> onSubmit) {
        setId("enterprise-form");
        name.setLabel(getTranslation("liaison.enterprise.name"));
        name.setMaxLength(EnterpriseLimits.NAME);
        name.setId("enterprise-name");
        sector.setLabel(getTranslation("liaison.enterprise.sector"));
        sector.setItems(EnterpriseSector.values());
        sector.setItemLabelGenerator(value -> getTranslation("liaison.sector." + value.name()));
        sector.setId("enterprise-sector");
        park.setLabel(getTranslation("liaison.enterprise.park"));
        park.setMaxLength(EnterpriseLimits.PARK);
        park.setId("enterprise-park");
        contactName.setLabel(getTranslation("liaison.enterprise.contact-name"));
        contactName.setMaxLength(EnterpriseLimits.CONTACT_NAME);
        contactName.setId("enterprise-contact-name");
        contactPhone.setLabel(getTranslation("liaison.enterprise.contact-phone"));
        contactPhone.setMaxLength(20);
        contactPhone.setId("enterprise-contact-phone");
        contactEmail.setLabel(getTranslation("liaison.enterprise.contact-email"));
        contactEmail.setMaxLength(EnterpriseLimits.CONTACT_EMAIL);
        contactEmail.setId("enterprise-contact-email");
        liaison.setLabel(getTranslation("liaison.enterprise.liaison"));
        liaison.setItems(staff);
        liaison.setItemLabelGenerator(member -> Phrases.qualified(
                this, member.displayName(), departmentName.apply(member.departmentCode(), getLocale())));
        liaison.setId("enterprise-liaison");
        submit.setText(getTranslation("liaison.enterprise.register"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("enterprise-register");
        submit.addClickListener(click -> {
            boolean ok = checkText(name, true, EnterpriseLimits.NAME)
                    & checkChosen(sector)
                    & checkText(park, false, EnterpriseLimits.PARK)
                    & checkText(contactName, false, EnterpriseLimits.CONTACT_NAME)
                    & checkChosen(liaison);
            var phone = Texts.blankToNull(contactPhone.getValue());
            if (phone != null && !PHONE.matcher(phone).matches()) {
                ok = invalid(contactPhone, getTranslation("liaison.issue.phone-invalid"));
            } else {
                valid(contactPhone);
            }
            if (contactEmail.isInvalid()) {
                ok = false;
            }
            if (!ok) {
                return;
            }
            var contact = new ContactDetails(
                    Texts.blankToNull(contactName.getValue()), phone, Texts.blankToNull(contactEmail.getValue()));
            if (onSubmit.test(new NewEnterprise(
                    name.getValue().strip(),
                    sector.getValue(),
                    Texts.blankToNull(park.getValue()),
                    contact.isEmpty() ? null : contact,
                    liaison.getValue().personId()))) {
                name.clear();
                park.clear();
                contactName.clear();
                contactPhone.clear();
                contactEmail.clear();
            }
        });
        var privacy = new Span(getTranslation("liaison.enterprise.privacy"));
        privacy.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)");
        add(new FormLayout(name, sector, park, liaison, contactName, contactPhone, contactEmail), privacy, submit);
    }
}
