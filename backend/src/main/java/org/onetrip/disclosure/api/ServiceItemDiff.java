package org.onetrip.disclosure.api;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;

/**
 * Field by field, what changed between two versions of an item. Values stay codes, enum names and
 * "true"/"false" so that each screen can put them into its reader's language.
 */
public final class ServiceItemDiff {

    /** Appended to a list's field when only the order of its entries changed. */
    public static final String REORDERED = " (order)";

    private ServiceItemDiff() {}

    public static List<FieldChange> between(ServiceItemContent before, ServiceItemContent after) {
        var changes = new ArrayList<FieldChange>();
        value(changes, "name", before, after, ServiceItemContent::name);
        value(changes, "departmentCode", before, after, ServiceItemContent::departmentCode);
        value(
                changes,
                "hallZone",
                before,
                after,
                c -> c.hallZone() == null ? null : c.hallZone().name());
        value(
                changes,
                "classification",
                before,
                after,
                c -> c.classification() == null ? null : c.classification().name());
        value(changes, "classificationReason", before, after, ServiceItemContent::classificationReason);
        value(changes, "scope", before, after, ServiceItemContent::scope);
        list(changes, "conditions", before.conditions(), after.conditions());
        list(
                changes,
                "materials",
                before.materials().stream().map(RequiredMaterial::describe).toList(),
                after.materials().stream().map(RequiredMaterial::describe).toList());
        value(changes, "legalTimeLimitDays", before, after, c -> text(c.legalTimeLimitDays()));
        value(changes, "promisedTimeLimitDays", before, after, c -> text(c.promisedTimeLimitDays()));
        value(changes, "fees", before, after, ServiceItemContent::fees);
        list(changes, "processSteps", before.processSteps(), after.processSteps());
        value(
                changes,
                "howToApply.window",
                before,
                after,
                c -> text(c.howToApply().window()));
        value(
                changes,
                "howToApply.windowLocation",
                before,
                after,
                c -> c.howToApply().windowLocation());
        value(
                changes,
                "howToApply.online",
                before,
                after,
                c -> text(c.howToApply().online()));
        value(
                changes,
                "howToApply.onlineEntry",
                before,
                after,
                c -> c.howToApply().onlineEntry());
        value(
                changes,
                "howToApply.postalDelivery",
                before,
                after,
                c -> text(c.howToApply().postalDelivery()));
        return List.copyOf(changes);
    }

    public static List<String> changedFields(ServiceItemContent before, ServiceItemContent after) {
        return between(before, after).stream().map(FieldChange::field).toList();
    }

    private static void value(
            List<FieldChange> changes,
            String field,
            ServiceItemContent before,
            ServiceItemContent after,
            Function<ServiceItemContent, String> read) {
        var was = read.apply(before);
        var is = read.apply(after);
        if (!Objects.equals(was, is)) {
            changes.add(FieldChange.value(field, was, is));
        }
    }

    /** Entries compared as a multiset in order; a reworded entry shows as removed and added. */
    private static void list(List<FieldChange> changes, String field, List<String> before, List<String> after) {
        if (before.equals(after)) {
            return;
        }
        var removed = new ArrayList<>(before);
        after.forEach(removed::remove);
        var added = new ArrayList<>(after);
        before.forEach(added::remove);
        if (removed.isEmpty() && added.isEmpty()) {
            changes.add(FieldChange.value(
                    field + REORDERED,
                    String.join(" → ", new LinkedHashSet<>(before)),
                    String.join(" → ", new LinkedHashSet<>(after))));
        } else {
            changes.add(FieldChange.list(field, removed, added));
        }
    }

    private static String text(Object value) {
        return value == null ? null : String.valueOf(value);
    }
}
