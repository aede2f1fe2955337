package org.onetrip.oversight.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;

/**
 * A form that checks its own fields on the server before it lets anything through: a required field
 * left empty, or a text longer than the command accepts, is marked invalid with a translated message
 * next to it and the form refuses to submit. The browser's max length is set too, but never trusted.
 */
public abstract class CheckedForm extends VerticalLayout {

    protected CheckedForm() {
        setPadding(false);
        setSpacing(true);
    }

    /** True when the text is acceptable; otherwise the field shows why not. */
    protected <F extends Component & HasValue<?, String> & HasValidation> boolean checkText(
            F field, boolean required, int maxLength) {
        var value = field.getValue() == null ? "" : field.getValue();
        if (required && value.isBlank()) {
            return invalid(field, getTranslation("oversight.field.required"));
        }
        if (value.length() > maxLength) {
            return invalid(field, getTranslation("oversight.field.too-long", maxLength, value.length()));
        }
        return valid(field);
    }

    /** True when something was chosen; otherwise the field says it is required. */
    protected <F extends Component & HasValue<?, ?> & HasValidation> boolean checkChosen(F field) {
        return field.isEmpty() ? invalid(field, getTranslation("oversight.field.required")) : valid(field);
    }

    protected static boolean invalid(HasValidation field, String message) {
        field.setErrorMessage(message);
        field.setInvalid(true);
        return false;
    }

    protected static boolean valid(HasValidation field) {
        field.setErrorMessage(null);
        field.setInvalid(false);
        return true;
    }

    protected static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
