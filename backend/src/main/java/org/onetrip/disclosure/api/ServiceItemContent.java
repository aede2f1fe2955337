package org.onetrip.disclosure.api;

import static org.onetrip.disclosure.api.DisclosureLimits.ENTRIES;
import static org.onetrip.disclosure.api.DisclosureLimits.ENTRY;
import static org.onetrip.disclosure.api.DisclosureLimits.LOCATION;
import static org.onetrip.disclosure.api.DisclosureLimits.MATERIAL_NAME;
import static org.onetrip.disclosure.api.DisclosureLimits.MAX_COPIES;
import static org.onetrip.disclosure.api.DisclosureLimits.MAX_WORKING_DAYS;
import static org.onetrip.disclosure.api.DisclosureLimits.NAME;
import static org.onetrip.disclosure.api.DisclosureLimits.TEXT;

import java.util.ArrayList;
import java.util.List;
import org.onetrip.shared.api.InvalidCommandException;

/**
 * Everything the catalogue says about one service item (事项). A draft may leave fields empty; a
 * published version must have them all ({@link #missingFields()}). Time limits are working days.
 */
public record ServiceItemContent(
        String name,
        String departmentCode,
        HallZone hallZone,
        Classification classification,
        String classificationReason,
        String scope,
        List<String> conditions,
        List<RequiredMaterial> materials,
        Integer legalTimeLimitDays,
        Integer promisedTimeLimitDays,
        String fees,
        List<String> processSteps,
        HowToApply howToApply) {

    public ServiceItemContent {
        conditions = conditions == null ? List.of() : List.copyOf(conditions);
        materials = materials == null ? List.of() : List.copyOf(materials);
        processSteps = processSteps == null ? List.of() : List.copyOf(processSteps);
        howToApply = howToApply == null ? HowToApply.NONE : howToApply;
    }

    /** Refuses content no draft may hold: over-long text, too many entries, impossible numbers. */
    public void checkForm() {
        maxLength("content.name", name, NAME);
        maxLength("content.departmentCode", departmentCode, 64);
        maxLength("content.classificationReason", classificationReason, TEXT);
        maxLength("content.scope", scope, TEXT);
        maxLength("content.fees", fees, ENTRY);
        entries("content.conditions", conditions, ENTRY);
        entries("content.processSteps", processSteps, ENTRY);
        if (materials.size() > ENTRIES) {
            throw new InvalidCommandException(
                    "content.materials", "content.materials: at most " + ENTRIES + " entries");
        }
        for (int i = 0; i < materials.size(); i++) {
            var material = materials.get(i);
            var field = "content.materials[" + i + "]";
            if (material == null) {
                throw new InvalidCommandException(field, field + " is empty");
            }
            maxLength(field + ".name", material.name(), MATERIAL_NAME);
            maxLength(field + ".note", material.note(), ENTRY);
            if (material.copies() != null && (material.copies() < 0 || material.copies() > MAX_COPIES)) {
                throw new InvalidCommandException(
                        field + ".copies", field + ".copies must be between 0 and " + MAX_COPIES);
            }
        }
        days("content.legalTimeLimitDays", legalTimeLimitDays);
        days("content.promisedTimeLimitDays", promisedTimeLimitDays);
        maxLength("content.howToApply.windowLocation", howToApply.windowLocation(), LOCATION);
        maxLength("content.howToApply.onlineEntry", howToApply.onlineEntry(), LOCATION);
    }

    /** What a publication still lacks, one sentence per gap; empty when the item may be published. */
    public List<String> missingFields() {
        var missing = new ArrayList<String>();
        requireText(missing, "name", name);
        requireText(missing, "departmentCode", departmentCode);
        if (hallZone == null) {
            missing.add("hallZone is required");
        }
        if (classification == null) {
            missing.add("classification is required");
        } else if (classification == Classification.MORE_THAN_ONE_TRIP && isBlank(classificationReason)) {
            missing.add("classificationReason: more than one trip needs its legal reason");
        }
        requireText(missing, "scope", scope);
        requireEntries(missing, "conditions", conditions);
        if (materials.isEmpty()) {
            missing.add("materials: at least one is required");
        }
        for (int i = 0; i < materials.size(); i++) {
            var material = materials.get(i);
            requireText(missing, "materials[" + i + "].name", material.name());
            if (material.form() == null) {
                missing.add("materials[" + i + "].form is required");
            }
            if (material.copies() == null) {
                missing.add("materials[" + i + "].copies is required");
            }
        }
        if (legalTimeLimitDays == null) {
            missing.add("legalTimeLimitDays is required");
        }
        if (promisedTimeLimitDays == null) {
            missing.add("promisedTimeLimitDays is required");
        }
        if (legalTimeLimitDays != null && promisedTimeLimitDays != null && promisedTimeLimitDays > legalTimeLimitDays) {
            missing.add("promisedTimeLimitDays must not exceed legalTimeLimitDays");
        }
        requireText(missing, "fees", fees);
        requireEntries(missing, "processSteps", processSteps);
        if (!howToApply.window() && !howToApply.online()) {
            missing.add("howToApply: a window or online application is required");
        }
        if (howToApply.window() && isBlank(howToApply.windowLocation())) {
            missing.add("howToApply.windowLocation: say which window");
        }
        if (howToApply.online() && isBlank(howToApply.onlineEntry())) {
            missing.add("howToApply.onlineEntry: say where to apply online");
        }
        if (classification == Classification.ZERO_VISITS && !howToApply.online()) {
            missing.add("howToApply.online: a zero-visit item must be available online");
        }
        return missing;
    }

    private static void requireText(List<String> missing, String field, String value) {
        if (isBlank(value)) {
            missing.add(field + " is required");
        }
    }

    private static void requireEntries(List<String> missing, String field, List<String> values) {
        if (values.isEmpty()) {
            missing.add(field + ": at least one is required");
        }
        for (int i = 0; i < values.size(); i++) {
            if (isBlank(values.get(i))) {
                missing.add(field + "[" + i + "] is blank");
            }
        }
    }

    private static void entries(String field, List<String> values, int max) {
        if (values.size() > ENTRIES) {
            throw new InvalidCommandException(field, field + ": at most " + ENTRIES + " entries");
        }
        for (int i = 0; i < values.size(); i++) {
            if (values.get(i) == null) {
                throw new InvalidCommandException(field + "[" + i + "]", field + "[" + i + "] is empty");
            }
            maxLength(field + "[" + i + "]", values.get(i), max);
        }
    }

    private static void days(String field, Integer days) {
        if (days != null && (days < 1 || days > MAX_WORKING_DAYS)) {
            throw new InvalidCommandException(
                    field, field + " must be between 1 and " + MAX_WORKING_DAYS + " working days");
        }
    }

    static void maxLength(String field, String value, int max) {
        if (value != null && value.length() > max) {
            throw new InvalidCommandException(field, field + " is longer than " + max + " characters");
        }
    }

    static boolean isBlank(String value) {
        return value == null || value.isBlank();
    }
}
