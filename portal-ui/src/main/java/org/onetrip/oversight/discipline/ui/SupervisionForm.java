package org.onetrip.oversight.discipline.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import java.util.function.Consumer;
import org.onetrip.oversight.ui.CheckedForm;

/** One text and one button: opening supervision (with a reason) or concluding it (with a conclusion). */
public class SupervisionForm extends CheckedForm {

    /** As the case commands accept it (docs/api.md). */
    public static final int MAX_TEXT = 2000;

    private final TextArea text = new TextArea();
    private final Button submit = new Button();
    private final boolean required;

    public SupervisionForm(
            String idPrefix, String textKey, String buttonKey, boolean required, Consumer<String> onSubmit) {
        this.required = required;
        text.setLabel(getTranslation(textKey));
        text.setMaxLength(MAX_TEXT);
        text.setWidthFull();
        text.setId(idPrefix + "-text");
        submit.setText(getTranslation(buttonKey));
        submit.setId(idPrefix + "-submit");
        submit.addClickListener(click -> {
            if (checkText(text, this.required, MAX_TEXT)) {
                onSubmit.accept(blankToNull(text.getValue()));
                text.clear();
            }
        });
        add(text, submit);
    }

    public TextArea text() {
        return text;
    }

    public Button submit() {
        return submit;
    }
}
