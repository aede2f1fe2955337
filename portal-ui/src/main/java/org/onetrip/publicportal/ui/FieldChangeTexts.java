package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.Component;
import java.util.function.Function;
import org.onetrip.disclosure.api.FieldChange;
import org.onetrip.disclosure.api.ServiceItemDiff;

/**
 * One changed field of an item's version history in its reader's words, for the public item page and the
 * editor alike: the diff carries department codes, enum names and "true"/"false", which no one should read.
 */
public final class FieldChangeTexts {

    private final Component texts;
    private final Function<String, String> fieldLabel;
    private final Function<String, String> departmentName;

    /**
     * @param texts translates in its UI's language
     * @param fieldLabel names a field of the diff, e.g. "howToApply.window"
     * @param departmentName names a department by its code
     */
    public FieldChangeTexts(
            Component texts, Function<String, String> fieldLabel, Function<String, String> departmentName) {
        this.texts = texts;
        this.fieldLabel = fieldLabel;
        this.departmentName = departmentName;
    }

    public String field(FieldChange change) {
        return reordered(change)
                ? texts.getTranslation("public.field.order", fieldLabel.apply(base(change)))
                : fieldLabel.apply(change.field());
    }

    /** The value before the change, in words; null when the field was empty. */
    public String before(FieldChange change) {
        return value(base(change), change.before());
    }

    /** The value after the change, in words; null when the field is now empty. */
    public String after(FieldChange change) {
        return value(base(change), change.after());
    }

    private String value(String field, String value) {
        if (value == null) {
            return null;
        }
        return switch (field) {
            case "departmentCode" -> departmentName.apply(value);
            case "hallZone" -> HallZoneNames.of(texts, value);
            case "classification" -> texts.getTranslation("public.classification." + value);
            case "howToApply.window", "howToApply.online", "howToApply.postalDelivery" ->
                texts.getTranslation(Boolean.parseBoolean(value) ? "public.yes" : "public.no");
            default -> value;
        };
    }

    private static boolean reordered(FieldChange change) {
        return change.field().endsWith(ServiceItemDiff.REORDERED);
    }

    private static String base(FieldChange change) {
        var field = change.field();
        return reordered(change) ? field.substring(0, field.length() - ServiceItemDiff.REORDERED.length()) : field;
    }
}
