package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.onetrip.disclosure.api.BulletinResponse;
import org.onetrip.layout.MainLayout;
import org.onetrip.publicportal.PublicPortal;

/** 定期通报: the published monthly bulletins, newest first, with their headline figures. */
@Route(value = "bulletins", layout = MainLayout.class)
@AnonymousAllowed
public class BulletinsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<BulletinResponse> grid = new Grid<>();

    public BulletinsView(PublicPortal portal) {
        setSizeFull();
        setMaxWidth("1200px");
        getStyle().set("margin", "0 auto");
        add(
                new H1(getTranslation("public.bulletins.heading")),
                new Paragraph(getTranslation("public.bulletins.intro")));
        var bulletins = portal.bulletins();
        if (bulletins.isEmpty()) {
            var none = new Paragraph(getTranslation("public.bulletins.none"));
            none.setId("bulletins-none");
            add(none);
            return;
        }
        grid.setId("bulletins-grid");
        grid.setEmptyStateText(getTranslation("grid.empty"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(new ComponentRenderer<>(bulletin ->
                        new RouterLink(bulletin.title(), BulletinView.class, BulletinView.of(bulletin.bulletinId()))))
                .setHeader(getTranslation("public.bulletins.title"))
                .setFlexGrow(3);
        grid.addColumn(bulletin -> String.valueOf(bulletin.period()))
                .setHeader(getTranslation("public.bulletins.period"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(bulletin -> Formats.dateTime(bulletin.cutOff()))
                .setHeader(getTranslation("public.bulletins.cut-off"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(bulletin -> String.valueOf(bulletin.figures().totals().received()))
                .setHeader(getTranslation("public.bulletin.received"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(bulletin ->
                        BulletinFiguresPanel.percent(bulletin.figures().totals().onTimeRate()))
                .setHeader(getTranslation("public.bulletin.on-time-rate"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(bulletin ->
                        BulletinFiguresPanel.percent(bulletin.figures().totals().satisfactionRate()))
                .setHeader(getTranslation("public.bulletin.satisfaction-rate"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(bulletin -> Formats.date(bulletin.publishedAt()))
                .setHeader(getTranslation("public.bulletins.published"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItems(bulletins);
        grid.setAllRowsVisible(true);
        add(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.bulletins.heading");
    }
}
