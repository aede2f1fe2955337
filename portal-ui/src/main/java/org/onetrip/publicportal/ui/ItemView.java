package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.onetrip.disclosure.api.FieldChange;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.layout.MainLayout;
import org.onetrip.publicportal.PublicPortal;

/** One catalogue item: its current version, and every version with its change note and what changed. */
@Route(value = "items/:code", layout = MainLayout.class)
@AnonymousAllowed
public class ItemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PublicPortal portal;
    private String title = "";

    public ItemView(PublicPortal portal) {
        this.portal = portal;
        setId("item");
        setMaxWidth("960px");
        getStyle().set("margin", "0 auto");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var code = event.getRouteParameters().get("code").orElse("");
        removeAll();
        add(new RouterLink(getTranslation("public.item.back"), ItemsView.class));
        portal.serviceItem(code)
                .ifPresentOrElse(this::show, () -> add(TrackView.notFound(getTranslation("public.item.not-found"))));
    }

    static RouteParameters of(String code) {
        return new RouteParameters("code", code);
    }

    public void show(ServiceItemResponse item) {
        var content = item.content();
        title = content.name() == null ? item.code() : content.name();
        var heading = new H1();
        heading.setText(title);
        add(heading);
        if (item.status() == ServiceItemStatus.WITHDRAWN && item.withdrawn() != null) {
            var tombstone = new Div(
                    Formats.badge(getTranslation("public.items.withdrawn"), "error"),
                    new Span(" " + Formats.date(item.withdrawn().at()) + " "),
                    Formats.text(item.withdrawn().reason()));
            tombstone.setId("item-withdrawn");
            add(tombstone);
        }
        add(
                fact("public.item.code", item.code()),
                fact("public.item.version", versionLine(item.version(), item.versionPublishedAt(), item.batchName())),
                fact(
                        "public.item.department",
                        portal.department(content.departmentCode())
                                .map(d -> d.name(getLocale()))
                                .orElse(item.departmentName())),
                fact("public.items.zone", HallZoneNames.of(this, content.hallZone())),
                fact(
                        "public.items.classification",
                        content.classification() == null
                                ? ""
                                : getTranslation("public.classification."
                                                + content.classification().name())
                                        + (content.classificationReason() == null
                                                ? ""
                                                : " — " + content.classificationReason())),
                fact("public.item.legal-limit", days(content.legalTimeLimitDays())),
                fact("public.items.promised", days(content.promisedTimeLimitDays())),
                fact("public.item.fees", content.fees()));
        section("public.item.scope", Formats.text(content.scope()));
        section("public.item.conditions", list(content.conditions(), false));
        var materials = list(
                content.materials().stream()
                        .map(material -> MaterialTexts.describe(this, material))
                        .toList(),
                false);
        materials.setId("item-materials");
        section("public.item.materials", materials);
        section("public.item.steps", list(content.processSteps(), true));
        var how = new ArrayList<String>();
        if (content.howToApply().window()) {
            how.add(getTranslation(
                    "public.item.window", nullToEmpty(content.howToApply().windowLocation())));
        }
        if (content.howToApply().online()) {
            how.add(getTranslation(
                    "public.item.online", nullToEmpty(content.howToApply().onlineEntry())));
        }
        if (content.howToApply().postalDelivery()) {
            how.add(getTranslation("public.item.postal"));
        }
        section("public.item.how", list(how, false));

        var history = new VerticalLayout();
        history.setId("item-history");
        history.setPadding(false);
        item.history().stream()
                .sorted(Comparator.comparingInt(ServiceItemResponse.VersionEntry::version)
                        .reversed())
                .forEach(version -> history.add(version(version)));
        add(new H2(getTranslation("public.item.history")), history);
    }

    private Component version(ServiceItemResponse.VersionEntry version) {
        var box = new Div();
        box.getStyle()
                .set("border-left", "3px solid var(--lumo-primary-color)")
                .set("padding-left", "var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        var head = new H3(versionLine(version.version(), version.publishedAt(), version.batchName()));
        box.add(head);
        if (version.changeNote() != null && !version.changeNote().isBlank()) {
            box.add(new Div(
                    new Span(getTranslation("public.item.change-note") + " "), Formats.text(version.changeNote())));
        }
        if (!version.changes().isEmpty()) {
            var words = new FieldChangeTexts(this, this::fieldLabel, this::departmentName);
            var changes = new UnorderedList();
            for (FieldChange change : version.changes()) {
                var entry = new ListItem(new Span(words.field(change) + ": "));
                if (change.before() != null || change.after() != null) {
                    var before = Formats.text(words.before(change));
                    before.getStyle()
                            .set("text-decoration", "line-through")
                            .set("color", "var(--lumo-error-text-color)");
                    var after = Formats.text(words.after(change));
                    after.getStyle().set("color", "var(--lumo-success-text-color)");
                    entry.add(before, new Span(" → "), after);
                }
                for (var removed : change.removed()) {
                    var line = new Div(new Span("− "), Formats.text(removed));
                    line.getStyle().set("color", "var(--lumo-error-text-color)");
                    entry.add(line);
                }
                for (var added : change.added()) {
                    var line = new Div(new Span("+ "), Formats.text(added));
                    line.getStyle().set("color", "var(--lumo-success-text-color)");
                    entry.add(line);
                }
                changes.add(entry);
            }
            box.add(changes);
        }
        return box;
    }

    private String versionLine(int version, java.time.Instant at, String batchName) {
        var line = getTranslation("public.item.version-of", version, Formats.date(at));
        return batchName == null || batchName.isBlank() ? line : line + " · " + batchName;
    }

    private String fieldLabel(String field) {
        var label = getTranslation("public.field." + field);
        return label.startsWith("!") ? getTranslation("public.field.other") : label;
    }

    private String departmentName(String code) {
        return portal.department(code).map(d -> d.name(getLocale())).orElse(code);
    }

    private String days(Integer days) {
        return days == null ? "" : getTranslation("public.items.days", days);
    }

    private void section(String headingKey, Component body) {
        add(new H2(getTranslation(headingKey)), body);
    }

    private static Component list(List<String> entries, boolean ordered) {
        var list = ordered ? new OrderedList() : new UnorderedList();
        for (var entry : entries) {
            list.add(new ListItem(Formats.text(entry)));
        }
        return list;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }

    private Div fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-right", "0.75em");
        return new Div(label, Formats.text(value));
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("public.items.heading") : title;
    }
}
