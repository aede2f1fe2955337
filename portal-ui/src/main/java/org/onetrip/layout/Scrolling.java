package org.onetrip.layout;

import com.vaadin.flow.component.Component;

/** Bringing what a tap opened into view, where a phone's narrow screen put it below the list that was tapped. */
public final class Scrolling {

    private Scrolling() {}

    /** Scrolls to {@code shown} only if its top is below the screen: on a wide screen it sits beside the list. */
    public static void intoViewIfBelow(Component shown) {
        shown.getElement()
                .executeJs("const top = this.getBoundingClientRect().top;"
                        + " if (top > window.innerHeight - 80) { this.scrollIntoView({block: 'start'}); }");
    }
}
