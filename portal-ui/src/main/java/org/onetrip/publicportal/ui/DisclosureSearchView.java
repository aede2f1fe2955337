package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.time.YearMonth;
import java.util.List;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.layout.LiveRegion;
import org.onetrip.layout.MainLayout;
import org.onetrip.projections.disclosure.DisclosureDocument;
import org.onetrip.projections.disclosure.DisclosureType;
import org.onetrip.projections.search.query.InvalidSearchException;
import org.onetrip.publicportal.PublicPortal;

/** 政务公开检索: one Chinese full-text search over published service items, notices and bulletins. */
@Route(value = "disclosures", layout = MainLayout.class)
@AnonymousAllowed
public class DisclosureSearchView extends VerticalLayout implements HasDynamicTitle {

    static final int SHOWN = 50;
    static final int SUMMARY = 140;

    private final PublicPortal portal;
    final TextField text = new TextField();
    final Select<DisclosureType> type = new Select<>();
    final Grid<DisclosureDocument> grid = new Grid<>();
    final Span found = new Span();

    public DisclosureSearchView(PublicPortal portal) {
        this.portal = portal;
        setSizeFull();
        text.setId("disclosure-search-text");
        text.setPlaceholder(getTranslation("public.disclosures.text"));
        text.setAriaLabel(text.getPlaceholder());
        text.setMaxLength(200);
        text.setClearButtonVisible(true);
        text.setWidth("24em");
        text.setMaxWidth("100%");
        type.setId("disclosure-search-type");
        type.setAriaLabel(getTranslation("public.disclosures.type"));
        type.setItems(DisclosureType.values());
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("public.disclosures.all"));
        type.setItemLabelGenerator(t -> t == null ? getTranslation("public.disclosures.all") : typeLabel(t));
        type.addValueChangeListener(e -> search());
        var find = new Button(getTranslation("public.disclosures.search"), click -> search());
        find.setId("disclosure-search");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);

        grid.setId("disclosure-search-grid");

        grid.setEmptyStateText(getTranslation("grid.empty.filtered"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(this::kind)
                .setHeader(getTranslation("public.disclosures.type"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(this::link))
                .setKey("title")
                .setHeader(getTranslation("public.disclosures.title"))
                .setFlexGrow(2);
        grid.addColumn(this::summary)
                .setHeader(getTranslation("public.disclosures.summary"))
                .setFlexGrow(3);
        grid.addColumn(doc -> Formats.date(doc.lastChangedAt))
                .setHeader(getTranslation("public.disclosures.changed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        found.setId("disclosure-search-found");
        LiveRegion.polite(found);

        var filters = new HorizontalLayout(text, type, find);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(
                new H1(getTranslation("public.disclosures.heading")),
                new Paragraph(getTranslation("public.disclosures.intro")),
                filters,
                found,
                grid);
        search();
    }

    void search() {
        try {
            var response = portal.searchDisclosures(text.getValue(), type.getValue(), 0, SHOWN);
            grid.setItems(response.hits());
            found.setText(
                    getTranslation("public.disclosures.found", response.total(), Math.min(response.total(), SHOWN)));
        } catch (InvalidSearchException e) {
            grid.setItems(List.of());
            found.setText("");
            FileView.error(getTranslation("public.disclosures.invalid"));
        } catch (RuntimeException e) {
            grid.setItems(List.of());
            found.setText("");
            FileView.error(getTranslation("public.results.unavailable"));
        }
    }

    private String kind(DisclosureDocument doc) {
        var label = typeLabel(doc.type);
        if (doc.withdrawn) {
            return label + " · " + getTranslation("public.items.withdrawn");
        }
        return doc.retracted ? label + " · " + getTranslation("public.notices.retracted") : label;
    }

    private String typeLabel(DisclosureType type) {
        return getTranslation("public.disclosures.type." + type.name());
    }

    private Component link(DisclosureDocument doc) {
        if (doc.type == DisclosureType.SERVICE_ITEM) {
            return new RouterLink(doc.name, ItemView.class, ItemView.of(doc.code));
        }
        if (doc.type == DisclosureType.BULLETIN) {
            return new RouterLink(doc.title, BulletinView.class, BulletinView.of(doc.code));
        }
        return new RouterLink(doc.title, NoticesView.class);
    }

    /** A bulletin's headline figures in the reader's words (the index keeps them in Chinese, for searching). */
    String summary(DisclosureDocument doc) {
        var summary = doc.type == DisclosureType.SERVICE_ITEM
                ? doc.scope
                : doc.type == DisclosureType.BULLETIN && doc.received != null && doc.period != null
                        ? bulletinSummary(doc)
                        : doc.body;
        if (summary == null) {
            return "";
        }
        return summary.length() <= SUMMARY ? summary : summary.substring(0, SUMMARY - 1) + "…";
    }

    private String bulletinSummary(DisclosureDocument doc) {
        var month = YearMonth.parse(doc.period);
        return getTranslation(
                "public.disclosures.bulletin-summary",
                getTranslation(
                        "editor.bulletin.month",
                        String.valueOf(month.getYear()),
                        String.valueOf(month.getMonthValue())),
                String.valueOf(doc.received),
                String.valueOf(doc.answered),
                rate(doc.onTimeRate),
                rate(doc.satisfactionRate));
    }

    private String rate(Double percent) {
        return percent == null ? getTranslation("public.disclosures.no-rate") : BulletinFigures.number(percent) + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.disclosures.heading");
    }
}
