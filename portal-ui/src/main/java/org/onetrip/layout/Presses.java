package org.onetrip.layout;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;

/** What a button does when pressed, once per press however fast it is clicked. */
public final class Presses {

    private Presses() {}

    /**
     * Acts on a click, not on the second click of a double click: that one reaches the server after the first has
     * saved and emptied the form, which would then ask for every field again as if nothing had been saved.
     */
    public static ComponentEventListener<ClickEvent<Button>> once(Runnable action) {
        return click -> {
            if (click.getClickCount() <= 1) {
                action.run();
            }
        };
    }
}
