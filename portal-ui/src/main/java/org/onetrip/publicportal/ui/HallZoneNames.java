package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.Component;
import org.onetrip.disclosure.api.HallZone;

/** A hall zone in its reader's language: the catalogue's own label is Chinese only. */
public final class HallZoneNames {

    private HallZoneNames() {}

    public static String of(Component texts, HallZone zone) {
        return zone == null ? "" : of(texts, zone.name());
    }

    /** {@code zone}: the zone's name as the item's version history gives it. */
    static String of(Component texts, String zone) {
        return texts.getTranslation("editor.zone." + zone);
    }
}
