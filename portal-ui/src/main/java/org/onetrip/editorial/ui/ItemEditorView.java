package org.onetrip.editorial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.onetrip.disclosure.api.DisclosureLimits;
import org.onetrip.disclosure.api.FieldChange;
import org.onetrip.disclosure.api.ServiceItemListResponse.Entry;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.editorial.Editorial;
import org.onetrip.editorial.EditorialRefusal;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Phrases;
import org.onetrip.publicportal.ui.FieldChangeTexts;
import org.onetrip.publicportal.ui.ItemView;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Actor;

/**
 * The service-item catalogue (事项清单) as its editors work on it: the list with drafts; a draft's form
 * with the completeness and vague-wording check shown as they type; named batches published all or
 * none (成熟一批、公布一批); a published item's revisions with a change note, and the field-level history;
 * withdrawal with a reason. Only what the item's state allows is offered.
 */
@Route(value = "editor/items", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "HANDLER", "ADMIN"})
public class ItemEditorView extends VerticalLayout implements HasDynamicTitle {

    private final Editorial editorial;
    private final Actor actor;
    final Grid<Entry> grid = new Grid<>();
    final Div panel = new Div();
    final Paragraph message = new Paragraph();
    final Div batch = new Div();
    ServiceItemForm form;

    public ItemEditorView(Editorial editorial, AuthenticationContext authentication) {
        this.editorial = editorial;
        this.actor = Editorial.actor(authentication.getAuthenticatedUser(StaffPrincipal.class));
        setMaxWidth("1400px");
        message.setId("item-message");
        message.getStyle().set("font-weight", "bold");
        grid.setId("item-list");
        grid.addColumn(Entry::code)
                .setHeader(getTranslation("editor.items.code"))
                .setAutoWidth(true);
        grid.addColumn(Entry::name)
                .setHeader(getTranslation("editor.items.name"))
                .setFlexGrow(1);
        grid.addColumn(this::statusText)
                .setHeader(getTranslation("editor.items.status"))
                .setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("28em");
        grid.asSingleSelect().addValueChangeListener(event -> {
            if (event.getValue() != null) {
                open(event.getValue().code());
            }
        });
        var create = new Button(getTranslation("editor.items.new-draft"), event -> newDraft());
        create.setId("item-new-draft");
        var left = new VerticalLayout(create, grid);
        left.setPadding(false);
        left.getStyle().set("flex", "1 1 320px").set("min-width", "0");
        panel.setId("item-panel");
        panel.getStyle().set("flex", "2 1 480px").set("min-width", "0");
        var columns = new FlexLayout(left, panel);
        columns.setFlexWrap(FlexLayout.FlexWrap.WRAP);
        columns.setWidthFull();
        columns.getStyle().set("gap", "var(--lumo-space-l)");
        batch.setId("item-batch");
        batch.setWidthFull();
        add(
                new H1(getTranslation("editor.items.heading")),
                new Paragraph(getTranslation(
                        editorial.editsCatalogue(actor) ? "editor.items.explanation" : "editor.items.explanation-own")),
                message,
                columns,
                batch);
        refresh();
        panel.add(new Paragraph(getTranslation("editor.items.choose")));
    }

    private String statusText(Entry entry) {
        if (entry.status() == ServiceItemStatus.DRAFT) {
            return getTranslation("editor.items.status-draft");
        }
        if (entry.status() == ServiceItemStatus.WITHDRAWN) {
            return getTranslation("editor.items.status-withdrawn");
        }
        return getTranslation("editor.items.status-published", entry.version());
    }

    private void refresh() {
        var items = editorial.items(actor);
        grid.setItems(items);
        batch.removeAll();
        if (editorial.editsCatalogue(actor)) {
            batch.add(batchForm(items.stream()
                    .filter(entry -> entry.status() == ServiceItemStatus.DRAFT)
                    .toList()));
        }
    }

    void newDraft() {
        grid.asSingleSelect().clear();
        panel.removeAll();
        var code = new TextField(getTranslation("editor.items.code-field"));
        code.setId("item-code");
        code.setHelperText(getTranslation("editor.items.code-help"));
        code.setMaxLength(16);
        code.setPattern(DisclosureLimits.ITEM_CODE.pattern());
        form = newForm();
        var save = new Button(getTranslation("editor.items.save-draft"));
        save.setId("item-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(event -> {
            var typed = code.getValue().strip().toUpperCase(java.util.Locale.ROOT);
            if (!DisclosureLimits.ITEM_CODE.matcher(typed).matches()) {
                code.setInvalid(true);
                code.setErrorMessage(getTranslation("editor.items.code-invalid"));
                return;
            }
            act(() -> editorial.createDraft(actor, typed, form.content()), "editor.items.done-created");
        });
        panel.add(new H2(getTranslation("editor.items.new-draft")), code, form, save);
    }

    void open(String code) {
        panel.removeAll();
        var found = editorial.item(code);
        if (found.isEmpty()) {
            panel.add(new Paragraph(getTranslation("editor.refusal.unknown")));
            return;
        }
        var item = found.get();
        var heading = new H2(item.code() + " "
                + (item.content().name() == null ? "" : item.content().name()));
        heading.setId("item-heading");
        panel.add(heading, new Paragraph(describeState(item)));
        var mayEdit = editorial.draftsFor(actor, item.content().departmentCode());
        if (item.status() == ServiceItemStatus.WITHDRAWN) {
            var tombstone = new Paragraph(getTranslation(
                    "editor.items.tombstone",
                    Tables.dateTime(item.withdrawn().at()),
                    item.withdrawn().reason()));
            tombstone.setId("item-tombstone");
            panel.add(tombstone, history(item));
            return;
        }
        form = newForm();
        form.setContent(item.content());
        form.setEnabled(mayEdit && (item.status() == ServiceItemStatus.DRAFT || editorial.editsCatalogue(actor)));
        panel.add(form);
        if (item.status() == ServiceItemStatus.DRAFT) {
            if (mayEdit) {
                var save = new Button(getTranslation("editor.items.save-draft"));
                save.setId("item-save");
                save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
                save.addClickListener(event -> act(
                        () -> editorial.editDraft(actor, item.code(), form.content(), item.sequence()),
                        "editor.items.done-saved"));
                panel.add(save, new Paragraph(getTranslation("editor.items.draft-publish-in-batch")));
            }
            return;
        }
        if (editorial.editsCatalogue(actor)) {
            panel.add(revision(item), withdrawal(item));
        }
        panel.add(history(item));
    }

    private ServiceItemForm newForm() {
        return new ServiceItemForm(editorial.departments(), editorial::vagueWording);
    }

    private String describeState(ServiceItemResponse item) {
        if (item.status() == ServiceItemStatus.DRAFT) {
            return getTranslation("editor.items.state-draft");
        }
        if (item.status() == ServiceItemStatus.WITHDRAWN) {
            return getTranslation("editor.items.state-withdrawn", item.currentVersion());
        }
        return getTranslation(
                "editor.items.state-published",
                item.currentVersion(),
                Tables.dateTime(item.versionPublishedAt()),
                item.batchName() == null ? "" : item.batchName());
    }

    private VerticalLayout revision(ServiceItemResponse item) {
        var note = new TextArea(getTranslation("editor.items.change-note"));
        note.setId("item-change-note");
        note.setMaxLength(DisclosureLimits.REASON);
        note.setWidthFull();
        var acknowledgement = new TextArea(getTranslation("editor.items.acknowledgement"));
        acknowledgement.setId("item-acknowledgement");
        acknowledgement.setMaxLength(DisclosureLimits.REASON);
        acknowledgement.setWidthFull();
        acknowledgement.setVisible(!editorial.vagueWording(form.content()).isEmpty());
        form.onCheck(vague -> acknowledgement.setVisible(!vague.isEmpty()));
        var publish = new Button(getTranslation("editor.items.publish-revision"));
        publish.setId("item-publish-revision");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(event -> {
            if (note.getValue().isBlank()) {
                note.setInvalid(true);
                note.setErrorMessage(getTranslation("editor.items.change-note-required"));
                return;
            }
            if (acknowledgement.isVisible() && acknowledgement.getValue().isBlank()) {
                acknowledgement.setInvalid(true);
                acknowledgement.setErrorMessage(getTranslation("editor.items.acknowledgement-required"));
                return;
            }
            act(
                    () -> editorial.revise(
                            actor,
                            item.code(),
                            form.content(),
                            note.getValue().strip(),
                            acknowledgement.isVisible() ? acknowledgement.getValue() : null,
                            item.sequence()),
                    "editor.items.done-revised");
        });
        var box = new VerticalLayout(
                new H2(getTranslation("editor.items.revise-heading", item.currentVersion() + 1)),
                note,
                acknowledgement,
                publish);
        box.setPadding(false);
        return box;
    }

    private VerticalLayout withdrawal(ServiceItemResponse item) {
        var reason = new TextArea(getTranslation("editor.items.withdraw-reason"));
        reason.setId("item-withdraw-reason");
        reason.setMaxLength(DisclosureLimits.REASON);
        reason.setWidthFull();
        var withdraw = new Button(getTranslation("editor.items.withdraw"));
        withdraw.setId("item-withdraw");
        withdraw.addThemeVariants(ButtonVariant.LUMO_ERROR);
        withdraw.addClickListener(event -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("editor.form.required"));
                return;
            }
            act(
                    () -> editorial.withdraw(
                            actor, item.code(), reason.getValue().strip(), item.sequence()),
                    "editor.items.done-withdrawn");
        });
        var box = new VerticalLayout(new H2(getTranslation("editor.items.withdraw-heading")), reason, withdraw);
        box.setPadding(false);
        return box;
    }

    private Div history(ServiceItemResponse item) {
        var box = new Div(new H2(getTranslation("editor.items.history")));
        box.setId("item-history");
        var publicPage = new RouterLink(
                getTranslation("editor.items.public-page"), ItemView.class, new RouteParameters("code", item.code()));
        box.add(publicPage);
        var list = new UnorderedList();
        for (var version : item.history()) {
            var entry = new ListItem();
            entry.add(new Paragraph(getTranslation(
                    "editor.items.version-line",
                    version.version(),
                    Tables.dateTime(version.publishedAt()),
                    version.batchName() != null
                            ? getTranslation("editor.items.in-batch", version.batchName())
                            : getTranslation("editor.items.change-note-was", nullToEmpty(version.changeNote())))));
            var changes = new UnorderedList();
            for (var change : version.changes()) {
                changes.add(new ListItem(describe(change)));
            }
            if (!version.changes().isEmpty()) {
                entry.add(changes);
            }
            list.add(entry);
        }
        box.add(list);
        return box;
    }

    /** One changed field as a sentence: before → after, or the entries removed and added. */
    String describe(FieldChange change) {
        var words = new FieldChangeTexts(
                this,
                name -> ServiceItemForm.describeField(this, name),
                code -> editorial.departmentName(code, getLocale()));
        var field = words.field(change);
        if (change.before() != null || change.after() != null) {
            return getTranslation(
                    "editor.items.change-value",
                    field,
                    nullToEmpty(words.before(change)),
                    nullToEmpty(words.after(change)));
        }
        var parts = new ArrayList<String>();
        if (!change.removed().isEmpty()) {
            parts.add(getTranslation(
                    "editor.items.change-removed",
                    String.join(getTranslation("editor.items.list-separator"), change.removed())));
        }
        if (!change.added().isEmpty()) {
            parts.add(getTranslation(
                    "editor.items.change-added",
                    String.join(getTranslation("editor.items.list-separator"), change.added())));
        }
        if (parts.isEmpty()) {
            parts.add(getTranslation("editor.items.change-order"));
        }
        return Phrases.labelled(this, field, String.join(" ", parts));
    }

    private Div batchForm(List<Entry> drafts) {
        var box = new Div(new H2(getTranslation("editor.batch.heading")));
        if (drafts.isEmpty()) {
            box.add(new Paragraph(getTranslation("editor.batch.no-drafts")));
            return box;
        }
        box.add(new Paragraph(getTranslation("editor.batch.explanation")));
        var chosen = new CheckboxGroup<Entry>(getTranslation("editor.batch.items"));
        chosen.setId("batch-items");
        chosen.setItems(drafts);
        chosen.setItemLabelGenerator(entry -> entry.code() + " " + (entry.name() == null ? "" : entry.name()));
        var name = new TextField(getTranslation("editor.batch.name"));
        name.setId("batch-name");
        name.setMaxLength(DisclosureLimits.BATCH_NAME);
        var note = new TextField(getTranslation("editor.batch.note"));
        note.setId("batch-note");
        note.setMaxLength(DisclosureLimits.REASON);
        note.setWidthFull();
        var acknowledgements = new VerticalLayout();
        acknowledgements.setPadding(false);
        Map<String, TextArea> reasons = new LinkedHashMap<>();
        chosen.addValueChangeListener(event -> {
            acknowledgements.removeAll();
            reasons.clear();
            for (var entry : event.getValue()) {
                editorial.item(entry.code()).ifPresent(item -> {
                    if (!item.editorCheck().vagueWording().isEmpty()) {
                        var reason = new TextArea(getTranslation("editor.batch.acknowledgement", entry.code()));
                        reason.addClassName("batch-acknowledgement");
                        reason.setMaxLength(DisclosureLimits.REASON);
                        reason.setWidthFull();
                        reasons.put(entry.code(), reason);
                        acknowledgements.add(reason);
                    }
                });
            }
        });
        var problems = new UnorderedList();
        problems.setId("batch-problems");
        var publish = new Button(getTranslation("editor.batch.publish"));
        publish.setId("batch-publish");
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.addClickListener(event -> {
            problems.removeAll();
            var ok = true;
            if (name.getValue().isBlank()) {
                name.setInvalid(true);
                name.setErrorMessage(getTranslation("editor.form.required"));
                ok = false;
            }
            if (chosen.getValue().isEmpty()) {
                chosen.setInvalid(true);
                chosen.setErrorMessage(getTranslation("editor.batch.choose-items"));
                ok = false;
            }
            if (!ok) {
                return;
            }
            var codes = chosen.getValue().stream().map(Entry::code).sorted().toList();
            // the batch is all or none: say first, in words, what keeps any item back
            for (var code : codes) {
                editorial.item(code).ifPresent(item -> {
                    if (!item.editorCheck().missingFields().isEmpty()) {
                        problems.add(new ListItem(getTranslation("editor.batch.incomplete", code)));
                    }
                    var reason = reasons.get(code);
                    if (reason != null && reason.getValue().isBlank()) {
                        problems.add(new ListItem(getTranslation("editor.batch.needs-acknowledgement", code)));
                    }
                });
            }
            if (problems.getChildren().findAny().isPresent()) {
                message.setText(getTranslation("editor.refusal.BATCH_NOT_READY"));
                return;
            }
            var given = new LinkedHashMap<String, String>();
            reasons.forEach((code, reason) -> given.put(code, reason.getValue().strip()));
            try {
                editorial.publishBatch(actor, name.getValue().strip(), note.getValue(), codes, given);
                message.setText(
                        getTranslation("editor.batch.done", name.getValue().strip(), codes.size()));
                refresh();
                panel.removeAll();
            } catch (EditorialRefusal refusal) {
                message.setText(getTranslation(refusal.key()));
            }
        });
        box.add(chosen, name, note, acknowledgements, problems, publish);
        return box;
    }

    private void act(java.util.function.Supplier<ServiceItemResponse> action, String doneKey) {
        try {
            var item = action.get();
            message.setText(getTranslation(doneKey, item.code()));
            refresh();
            grid.asSingleSelect().clear();
            grid.getListDataView()
                    .getItems()
                    .filter(entry -> entry.code().equals(item.code()))
                    .findFirst()
                    .ifPresentOrElse(grid::select, () -> open(item.code()));
        } catch (EditorialRefusal refusal) {
            message.setText(getTranslation(refusal.key()));
        }
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.items.heading");
    }
}
