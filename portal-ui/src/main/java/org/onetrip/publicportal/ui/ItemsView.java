package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.ListDataProvider;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.Locale;
import org.onetrip.disclosure.api.ServiceItemListResponse.Entry;
import org.onetrip.disclosure.api.ServiceItemStatus;
import org.onetrip.layout.MainLayout;
import org.onetrip.publicportal.PublicPortal;

/** 事项清单: the published service-item catalogue; withdrawn items stay listed as withdrawn. */
@Route(value = "items", layout = MainLayout.class)
@AnonymousAllowed
public class ItemsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<Entry> grid = new Grid<>();
    final TextField filter = new TextField();

    public ItemsView(PublicPortal portal) {
        setSizeFull();
        var items = new ListDataProvider<>(portal.catalogue());
        filter.setId("items-filter");
        filter.setPlaceholder(getTranslation("public.items.filter"));
        filter.setAriaLabel(filter.getPlaceholder());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.setClearButtonVisible(true);
        filter.setMaxLength(100);
        filter.setWidth("24em");
        filter.setMaxWidth("100%");
        filter.addValueChangeListener(e -> {
            var wanted = e.getValue() == null ? "" : e.getValue().strip().toLowerCase(Locale.ROOT);
            items.setFilter(item -> wanted.isEmpty()
                    || (item.name() != null
                            && item.name().toLowerCase(Locale.ROOT).contains(wanted))
                    || item.code().toLowerCase(Locale.ROOT).contains(wanted));
        });

        grid.setId("items-grid");

        grid.setEmptyStateText(getTranslation("grid.empty.filtered"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(Entry::code)
                .setHeader(getTranslation("public.items.code"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(new ComponentRenderer<>(
                        item -> new RouterLink(item.name(), ItemView.class, ItemView.of(item.code()))))
                .setHeader(getTranslation("public.items.name"))
                .setFlexGrow(3);
        grid.addColumn(item -> portal.department(item.departmentCode())
                        .map(d -> d.name(getLocale()))
                        .orElse(item.departmentName()))
                .setHeader(getTranslation("public.items.department"))
                .setFlexGrow(2);
        grid.addColumn(item -> HallZoneNames.of(this, item.hallZone()))
                .setHeader(getTranslation("public.items.zone"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.classification() == null
                        ? ""
                        : getTranslation(
                                "public.classification." + item.classification().name()))
                .setHeader(getTranslation("public.items.classification"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.promisedTimeLimitDays() == null
                        ? ""
                        : getTranslation("public.items.days", item.promisedTimeLimitDays()))
                .setHeader(getTranslation("public.items.promised"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(item -> item.status() == ServiceItemStatus.WITHDRAWN
                        ? getTranslation("public.items.withdrawn")
                        : getTranslation("public.items.version", item.version()))
                .setHeader(getTranslation("public.items.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(Entry::batchName)
                .setHeader(getTranslation("public.items.batch"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(items);

        add(
                new H1(getTranslation("public.items.heading")),
                new Paragraph(getTranslation("public.items.intro")),
                filter,
                grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.items.heading");
    }
}
