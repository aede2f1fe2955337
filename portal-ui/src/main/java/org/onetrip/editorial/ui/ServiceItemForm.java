package org.onetrip.editorial.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.Consumer;
import org.onetrip.disclosure.api.Classification;
import org.onetrip.disclosure.api.DisclosureLimits;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.disclosure.api.HowToApply;
import org.onetrip.disclosure.api.MaterialForm;
import org.onetrip.disclosure.api.RequiredMaterial;
import org.onetrip.disclosure.api.ServiceItemContent;
import org.onetrip.disclosure.api.VagueWording;
import org.onetrip.organisation.api.Department;

/**
 * Everything the catalogue says about one service item, as a clerk fills it in: conditions and steps one
 * per line, materials as rows. While the editor types, the check beside the form lists what publication
 * still lacks and the catch-all wording (兜底条款) found — the same checks publication applies.
 */
public class ServiceItemForm extends VerticalLayout {

    /** The fields the content's checks and the version history name (each has an {@code editor.field.} text). */
    static final java.util.Set<String> FIELDS = java.util.Set.of(
            "name",
            "departmentCode",
            "hallZone",
            "classification",
            "classificationReason",
            "scope",
            "conditions",
            "materials",
            "legalTimeLimitDays",
            "promisedTimeLimitDays",
            "fees",
            "processSteps",
            "howToApply",
            "howToApply.window",
            "howToApply.windowLocation",
            "howToApply.online",
            "howToApply.onlineEntry",
            "howToApply.postalDelivery");

    final TextField name = new TextField();
    final ComboBox<Department> department = new ComboBox<>();
    final Select<HallZone> hallZone = new Select<>();
    final Select<Classification> classification = new Select<>();
    final TextField classificationReason = new TextField();
    final TextArea scope = new TextArea();
    final TextArea conditions = new TextArea();
    final VerticalLayout materials = new VerticalLayout();
    final IntegerField legalDays = new IntegerField();
    final IntegerField promisedDays = new IntegerField();
    final TextField fees = new TextField();
    final TextArea steps = new TextArea();
    final Checkbox window = new Checkbox();
    final TextField windowLocation = new TextField();
    final Checkbox online = new Checkbox();
    final TextField onlineEntry = new TextField();
    final Checkbox postal = new Checkbox();
    final Div check = new Div();
    private final List<MaterialRow> materialRows = new ArrayList<>();
    private final java.util.function.Function<ServiceItemContent, List<VagueWording>> vagueWording;
    private final List<Consumer<List<VagueWording>>> checkListeners = new ArrayList<>();

    public ServiceItemForm(
            List<Department> departments,
            java.util.function.Function<ServiceItemContent, List<VagueWording>> vagueWording) {
        this.vagueWording = vagueWording;
        setPadding(false);
        addClassName("service-item-form");
        name.setId("item-name");
        label(name, "name");
        name.setMaxLength(DisclosureLimits.NAME);
        name.setWidthFull();
        department.setId("item-department");
        department.setLabel(getTranslation("editor.field.departmentCode"));
        department.setItems(departments);
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        hallZone.setId("item-hall-zone");
        hallZone.setLabel(getTranslation("editor.field.hallZone"));
        hallZone.setItems(HallZone.values());
        hallZone.setItemLabelGenerator(zone ->
                zone == null ? getTranslation("editor.item.not-chosen") : getTranslation("editor.zone." + zone.name()));
        hallZone.setEmptySelectionAllowed(true);
        hallZone.setEmptySelectionCaption(getTranslation("editor.item.not-chosen"));
        classification.setId("item-classification");
        classification.setLabel(getTranslation("editor.field.classification"));
        classification.setItems(Classification.values());
        classification.setItemLabelGenerator(c -> c == null
                ? getTranslation("editor.item.not-chosen")
                : getTranslation("public.classification." + c.name()));
        classification.setEmptySelectionAllowed(true);
        classification.setEmptySelectionCaption(getTranslation("editor.item.not-chosen"));
        classificationReason.setId("item-classification-reason");
        label(classificationReason, "classificationReason");
        classificationReason.setMaxLength(DisclosureLimits.TEXT);
        classificationReason.setWidthFull();
        scope.setId("item-scope");
        label(scope, "scope");
        scope.setMaxLength(DisclosureLimits.TEXT);
        scope.setWidthFull();
        conditions.setId("item-conditions");
        label(conditions, "conditions");
        conditions.setHelperText(getTranslation("editor.item.one-per-line"));
        conditions.setWidthFull();
        steps.setId("item-steps");
        label(steps, "processSteps");
        steps.setHelperText(getTranslation("editor.item.one-per-line"));
        steps.setWidthFull();
        legalDays.setId("item-legal-days");
        label(legalDays, "legalTimeLimitDays");
        promisedDays.setId("item-promised-days");
        label(promisedDays, "promisedTimeLimitDays");
        for (var days : List.of(legalDays, promisedDays)) {
            days.setMin(1);
            days.setMax(DisclosureLimits.MAX_WORKING_DAYS);
            days.setStepButtonsVisible(true);
        }
        fees.setId("item-fees");
        label(fees, "fees");
        fees.setMaxLength(DisclosureLimits.ENTRY);
        window.setId("item-window");
        window.setLabel(getTranslation("public.field.howToApply.window"));
        windowLocation.setId("item-window-location");
        label(windowLocation, "howToApply.windowLocation");
        windowLocation.setMaxLength(DisclosureLimits.LOCATION);
        online.setId("item-online");
        online.setLabel(getTranslation("public.field.howToApply.online"));
        onlineEntry.setId("item-online-entry");
        label(onlineEntry, "howToApply.onlineEntry");
        onlineEntry.setMaxLength(DisclosureLimits.LOCATION);
        postal.setId("item-postal");
        postal.setLabel(getTranslation("public.field.howToApply.postalDelivery"));
        materials.setPadding(false);
        materials.setSpacing(false);
        materials.setId("item-materials");
        var addMaterial = new Button(getTranslation("editor.item.add-material"), event -> {
            addMaterial(new RequiredMaterial("", MaterialForm.ORIGINAL, 1, false, null));
            changed();
        });
        addMaterial.setId("item-add-material");
        addMaterial.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        check.setId("item-check");
        check.getStyle()
                .set("background", "var(--lumo-contrast-5pct)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)");

        var firstRow = new HorizontalLayout(department, hallZone, classification);
        firstRow.setWrap(true);
        var daysRow = new HorizontalLayout(legalDays, promisedDays, fees);
        daysRow.setWrap(true);
        var howRow = new HorizontalLayout(window, windowLocation, online, onlineEntry, postal);
        howRow.setWrap(true);
        howRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        var materialsBox = new Div(new H3(getTranslation("editor.field.materials")), materials, addMaterial);
        materialsBox.setWidthFull();
        add(name, firstRow, classificationReason, scope, conditions, materialsBox, daysRow, steps, howRow, check);

        for (var field : List.<HasValue<?, ?>>of(
                name,
                department,
                hallZone,
                classification,
                classificationReason,
                scope,
                conditions,
                legalDays,
                promisedDays,
                fees,
                steps,
                window,
                windowLocation,
                online,
                onlineEntry,
                postal)) {
            field.addValueChangeListener(event -> changed());
        }
        for (var typed : List.of(name, classificationReason, fees, windowLocation, onlineEntry)) {
            typed.setValueChangeMode(ValueChangeMode.LAZY);
        }
        for (var typed : List.of(scope, conditions, steps)) {
            typed.setValueChangeMode(ValueChangeMode.LAZY);
        }
        changed();
    }

    private void label(com.vaadin.flow.component.HasLabel field, String key) {
        field.setLabel(getTranslation("editor.field." + key));
    }

    /** Called with the vague wording found after every change, so a screen can ask for an acknowledgement. */
    public void onCheck(Consumer<List<VagueWording>> listener) {
        checkListeners.add(listener);
    }

    public void setContent(ServiceItemContent content) {
        name.setValue(nullToEmpty(content.name()));
        department.setValue(department
                .getListDataView()
                .getItems()
                .filter(d -> d.code().equals(content.departmentCode()))
                .findFirst()
                .orElse(null));
        hallZone.setValue(content.hallZone());
        classification.setValue(content.classification());
        classificationReason.setValue(nullToEmpty(content.classificationReason()));
        scope.setValue(nullToEmpty(content.scope()));
        conditions.setValue(String.join("\n", content.conditions()));
        materials.removeAll();
        materialRows.clear();
        content.materials().forEach(this::addMaterial);
        legalDays.setValue(content.legalTimeLimitDays());
        promisedDays.setValue(content.promisedTimeLimitDays());
        fees.setValue(nullToEmpty(content.fees()));
        steps.setValue(String.join("\n", content.processSteps()));
        var how = content.howToApply();
        window.setValue(how.window());
        windowLocation.setValue(nullToEmpty(how.windowLocation()));
        online.setValue(how.online());
        onlineEntry.setValue(nullToEmpty(how.onlineEntry()));
        postal.setValue(how.postalDelivery());
        changed();
    }

    public ServiceItemContent content() {
        return new ServiceItemContent(
                emptyToNull(name.getValue()),
                department.getValue() == null ? null : department.getValue().code(),
                hallZone.getValue(),
                classification.getValue(),
                emptyToNull(classificationReason.getValue()),
                emptyToNull(scope.getValue()),
                lines(conditions.getValue()),
                materialRows.stream().map(MaterialRow::material).toList(),
                legalDays.getValue(),
                promisedDays.getValue(),
                emptyToNull(fees.getValue()),
                lines(steps.getValue()),
                new HowToApply(
                        window.getValue(),
                        emptyToNull(windowLocation.getValue()),
                        online.getValue(),
                        emptyToNull(onlineEntry.getValue()),
                        postal.getValue()));
    }

    /** What publication still lacks, in words, and the vague wording found; both shown as the editor types. */
    void changed() {
        var content = content();
        var missing = content.missingFields();
        var vague = vagueWording.apply(content);
        check.removeAll();
        if (missing.isEmpty() && vague.isEmpty()) {
            var ready = new Paragraph(getTranslation("editor.item.check-ready"));
            ready.setId("item-check-ready");
            check.add(ready);
        }
        if (!missing.isEmpty()) {
            var list = new UnorderedList();
            list.setId("item-check-missing");
            missing.stream().map(this::describeMissing).distinct().forEach(text -> list.add(new ListItem(text)));
            check.add(new Paragraph(getTranslation("editor.item.check-missing")), list);
        }
        if (!vague.isEmpty()) {
            var list = new UnorderedList();
            list.setId("item-check-vague");
            for (var found : vague) {
                list.add(new ListItem(getTranslation(
                        "editor.item.vague-line", describeField(found.field()), found.term(), found.excerpt())));
            }
            check.add(new Paragraph(getTranslation("editor.item.check-vague")), list);
        }
        checkListeners.forEach(listener -> listener.accept(vague));
    }

    /** A gap as the clerk reads it: the field's label and what it needs, never the field's key. */
    String describeMissing(String sentence) {
        var field = sentence.split("[ :]", 2)[0];
        return getTranslation("editor.item.missing-line", describeField(field));
    }

    String describeField(String field) {
        return describeField(this, field);
    }

    /** "materials[1].name" → "所需材料 第2项 名称"; "conditions[0]" → "办理条件 第1条". */
    static String describeField(Component texts, String field) {
        if (FIELDS.contains(field)) {
            // the pattern below would read "howToApply.online" as "howToApply" with a part "online"
            return texts.getTranslation("editor.field." + field);
        }
        var matcher = java.util.regex.Pattern.compile("([A-Za-z.]+?)(?:\\[(\\d+)])?(?:\\.(\\w+))?$")
                .matcher(field);
        if (!matcher.matches()) {
            return texts.getTranslation("editor.item.field-other");
        }
        var base = matcher.group(1);
        if (!FIELDS.contains(base)) {
            return texts.getTranslation("editor.item.field-other");
        }
        var label = texts.getTranslation("editor.field." + base);
        if (matcher.group(2) != null) {
            label = label + " " + texts.getTranslation("editor.item.entry", Integer.parseInt(matcher.group(2)) + 1);
        }
        if (matcher.group(3) != null) {
            if (List.of("name", "form", "copies", "note").contains(matcher.group(3))) {
                label = label + " " + texts.getTranslation("editor.material." + matcher.group(3));
            }
        }
        return label;
    }

    private void addMaterial(RequiredMaterial material) {
        var row = new MaterialRow(material);
        materialRows.add(row);
        materials.add(row);
    }

    private static List<String> lines(String text) {
        return Arrays.stream(text == null ? new String[0] : text.split("\n"))
                .map(String::strip)
                .filter(line -> !line.isEmpty())
                .toList();
    }

    private static String emptyToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    /** One required material: its name, form, copies, whether the original is handed back, a note. */
    class MaterialRow extends HorizontalLayout {
        final TextField materialName = new TextField();
        final Select<MaterialForm> form = new Select<>();
        final IntegerField copies = new IntegerField();
        final Checkbox originalReturned = new Checkbox();
        final TextField note = new TextField();

        MaterialRow(RequiredMaterial material) {
            addClassName("item-material");
            setWrap(true);
            setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
            materialName.setLabel(getTranslation("editor.material.name"));
            materialName.setMaxLength(DisclosureLimits.MATERIAL_NAME);
            materialName.setValue(nullToEmpty(material.name()));
            materialName.addClassName("item-material-name");
            form.setLabel(getTranslation("editor.material.form"));
            form.setItems(MaterialForm.values());
            form.setItemLabelGenerator(f -> f == null
                    ? getTranslation("editor.item.not-chosen")
                    : getTranslation("editor.material-form." + f.name()));
            form.setValue(material.form());
            copies.setLabel(getTranslation("editor.material.copies"));
            copies.setMin(0);
            copies.setMax(DisclosureLimits.MAX_COPIES);
            copies.setWidth("7em");
            copies.setValue(material.copies());
            originalReturned.setLabel(getTranslation("editor.material.original-returned"));
            originalReturned.setValue(material.originalReturned());
            note.setLabel(getTranslation("editor.material.note"));
            note.setMaxLength(DisclosureLimits.ENTRY);
            note.setValue(nullToEmpty(material.note()));
            var remove = new Button(getTranslation("editor.material.remove"), event -> {
                materialRows.remove(this);
                materials.remove(this);
                changed();
            });
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            add(materialName, form, copies, originalReturned, note, remove);
            materialName.setValueChangeMode(ValueChangeMode.LAZY);
            note.setValueChangeMode(ValueChangeMode.LAZY);
            for (var field : List.<HasValue<?, ?>>of(materialName, form, copies, originalReturned, note)) {
                field.addValueChangeListener(event -> changed());
            }
        }

        RequiredMaterial material() {
            return new RequiredMaterial(
                    emptyToNull(materialName.getValue()),
                    form.getValue(),
                    copies.getValue(),
                    originalReturned.getValue(),
                    emptyToNull(note.getValue()));
        }
    }
}
