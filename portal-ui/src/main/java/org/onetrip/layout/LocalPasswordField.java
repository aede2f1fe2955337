package org.onetrip.layout;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.textfield.PasswordField;

/**
 * A password field whose eye button a screen reader announces in the reader's language: Vaadin's says "Show
 * password" whatever the language, and Flow's texts have no setting for it; the web component's have.
 */
public class LocalPasswordField extends PasswordField {

    @Override
    protected void onAttach(AttachEvent attach) {
        super.onAttach(attach);
        revealLabelled(this, null);
    }

    /** The eye button of {@code holder} itself, or of the password field inside it such as the sign-in form's. */
    public static void revealLabelled(Component holder, String inside) {
        holder.getElement()
                .executeJs(
                        "const field = !$1 ? this"
                                + " : this.querySelector($1) || (this.shadowRoot && this.shadowRoot.querySelector($1));"
                                + " if (field) { field.i18n = Object.assign({}, field.i18n, {reveal: $0}); }",
                        holder.getTranslation("password.reveal"),
                        inside);
    }
}
