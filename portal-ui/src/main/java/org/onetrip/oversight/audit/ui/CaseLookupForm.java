package org.onetrip.oversight.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import java.util.function.Consumer;
import org.onetrip.oversight.ui.CheckedForm;

/** Asks for a case id or a receipt code; anything else (markup, say) is refused with a message. */
public class CaseLookupForm extends CheckedForm {

    public static final int MAX_LENGTH = 64;

    private final TextField which = new TextField();
    private final Button find = new Button();

    public CaseLookupForm(Consumer<String> onFind) {
        which.setLabel(getTranslation("oversight.audit.lookup"));
        which.setHelperText(getTranslation("oversight.audit.lookup.help"));
        which.setMaxLength(MAX_LENGTH);
        which.setWidth("28em");
        which.setId("audit-lookup");
        find.setText(getTranslation("oversight.audit.find"));
        find.setId("audit-find");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickListener(click -> {
            if (checkText(which, true, MAX_LENGTH)) {
                if (!which.getValue().strip().matches("[A-Za-z0-9 -]+")) {
                    invalid(which, getTranslation("oversight.audit.lookup.malformed"));
                    return;
                }
                onFind.accept(which.getValue().strip());
            }
        });
        var row = new HorizontalLayout(which, find);
        row.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(row);
    }

    public TextField which() {
        return which;
    }

    public Button find() {
        return find;
    }
}
