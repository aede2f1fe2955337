package org.onetrip.mechanisms.appointments.ui;

import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.shared.Registration;
import org.onetrip.appointments.application.Appointments;

/** Who is coming and how to reach them; fires {@link BookEvent} when the form holds what a booking needs. */
public class BookingForm extends FormLayout {

    final TextField name = new TextField();
    final TextField phone = new TextField();
    final EmailField email = new EmailField();
    final Button submit = new Button();

    public BookingForm() {
        name.setId("booking-name");
        name.setLabel(getTranslation("appointments.form.name"));
        name.setMaxLength(Appointments.MAX_NAME);
        name.setRequiredIndicatorVisible(true);
        phone.setId("booking-phone");
        phone.setLabel(getTranslation("appointments.form.phone"));
        phone.setMaxLength(20);
        phone.setHelperText(getTranslation("appointments.form.phone-help"));
        email.setId("booking-email");
        email.setLabel(getTranslation("appointments.form.email"));
        email.setMaxLength(Appointments.MAX_CONTACT);
        submit.setText(getTranslation("appointments.form.submit"));
        submit.setId("booking-submit");
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.addClickListener(click -> {
            if (check()) {
                fireEvent(new BookEvent(this));
            }
        });
        add(name, phone, email, submit);
        setResponsiveSteps(new ResponsiveStep("0", 1), new ResponsiveStep("600px", 3));
    }

    boolean check() {
        boolean ok = true;
        name.setInvalid(false);
        phone.setInvalid(false);
        if (name.getValue().isBlank()) {
            name.setErrorMessage(getTranslation("appointments.form.name-required"));
            name.setInvalid(true);
            ok = false;
        }
        var phoneValue = phone.getValue().strip();
        if (phoneValue.isEmpty() && email.getValue().isBlank()) {
            phone.setErrorMessage(getTranslation("appointments.form.contact-required"));
            phone.setInvalid(true);
            ok = false;
        } else if (!phoneValue.isEmpty() && !phoneValue.matches("[0-9+\\- ]{5,20}")) {
            phone.setErrorMessage(getTranslation("appointments.form.phone-invalid"));
            phone.setInvalid(true);
            ok = false;
        }
        if (email.isInvalid()) {
            ok = false;
        }
        return ok;
    }

    public Registration addBookListener(com.vaadin.flow.component.ComponentEventListener<BookEvent> listener) {
        return addListener(BookEvent.class, listener);
    }

    public static class BookEvent extends ComponentEvent<BookingForm> {
        BookEvent(BookingForm source) {
            super(source, false);
        }

        public String name() {
            return getSource().name.getValue().strip();
        }

        public String phone() {
            return getSource().phone.getValue().strip();
        }

        public String email() {
            return getSource().email.getValue().strip();
        }
    }
}
