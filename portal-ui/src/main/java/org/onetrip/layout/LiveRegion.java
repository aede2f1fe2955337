package org.onetrip.layout;

import com.vaadin.flow.component.HasElement;

/**
 * A part of a screen whose new content a screen reader reads out when it changes (a lookup's answer, a count of
 * results, what an action did), so that pressing a button is never followed by silence.
 */
public final class LiveRegion {

    private LiveRegion() {}

    public static <T extends HasElement> T polite(T component) {
        component.getElement().setAttribute("aria-live", "polite");
        return component;
    }
}
