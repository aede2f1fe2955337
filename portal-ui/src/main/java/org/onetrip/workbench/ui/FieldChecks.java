package org.onetrip.workbench.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;

/**
 * Checks a form's fields and puts each message next to its field; {@link #passed()} says whether
 * all of them passed. Fields use manual validation so nothing else overwrites the messages.
 */
public final class FieldChecks {

    private boolean passed = true;

    public <F extends Component & HasValidation & HasValue<?, String>> FieldChecks text(
            F field, boolean required, int max) {
        var value = field.getValue();
        String error = null;
        if (required && (value == null || value.isBlank())) {
            error = field.getTranslation("workbench.error.required");
        } else if (value != null && value.length() > max) {
            error = field.getTranslation("workbench.error.too-long", max, value.length());
        }
        return mark(field, error);
    }

    public <F extends Component & HasValidation & HasValue<?, ?>> FieldChecks chosen(F field) {
        return mark(field, field.isEmpty() ? field.getTranslation("workbench.error.choose") : null);
    }

    public <F extends Component & HasValidation> FieldChecks mark(F field, String error) {
        field.setInvalid(error != null);
        field.setErrorMessage(error);
        if (error != null) {
            passed = false;
        }
        return this;
    }

    public boolean passed() {
        return passed;
    }

    /** Makes the field show only the messages set by these checks. */
    public static <F extends HasValidation> F manual(F field) {
        field.setManualValidation(true);
        return field;
    }
}
