package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import org.onetrip.disclosure.api.RequiredMaterial;
import org.onetrip.layout.Phrases;

/** A required material as the catalogue lists it: 户口簿（原件及复印件，1份，原件当场退还） or its English. */
public final class MaterialTexts {

    private MaterialTexts() {}

    public static String describe(Component reader, RequiredMaterial material) {
        var parts = new ArrayList<String>();
        parts.add(
                material.form() == null
                        ? reader.getTranslation("public.item.material.form-unknown")
                        : reader.getTranslation(
                                "editor.material-form." + material.form().name()));
        // no copies is said by saying none: "原件，0份" read as if the original were not wanted either
        if (material.copies() != null && material.copies() > 0) {
            parts.add(reader.getTranslation("public.item.material.copies", material.copies()));
        }
        if (material.originalReturned()) {
            parts.add(reader.getTranslation("public.item.material.original-returned"));
        }
        var details = String.join(reader.getTranslation("public.item.material.separator"), parts);
        if (material.note() != null && !material.note().isBlank()) {
            details = reader.getTranslation("public.item.material.with-note", details, material.note());
        }
        return Phrases.qualified(reader, material.name() == null ? "" : material.name(), details);
    }
}
