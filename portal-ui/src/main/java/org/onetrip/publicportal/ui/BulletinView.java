package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AnchorTarget;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.onetrip.disclosure.api.BulletinResponse;
import org.onetrip.disclosure.api.DepartmentFigures;
import org.onetrip.layout.MainLayout;
import org.onetrip.liaison.bulletin.LiaisonBulletinSections;
import org.onetrip.publicportal.PublicPortal;

/**
 * One published bulletin: the per-department table, bar charts drawn by the same SVG code as the
 * printable page, links to the CSV, the printable page and the recomputation, and the inputs
 * (cut-off, event position, calendar version) that make the figures reproducible. Figures only, no person.
 */
@Route(value = "bulletins/:id", layout = MainLayout.class)
@AnonymousAllowed
public class BulletinView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String API = "/api/public/disclosures/bulletins/";

    private final PublicPortal portal;
    private String title = "";

    public BulletinView(PublicPortal portal) {
        this.portal = portal;
        setId("bulletin");
        setMaxWidth("1200px");
        getStyle().set("margin", "0 auto");
    }

    public static RouteParameters of(String bulletinId) {
        return new RouteParameters("id", bulletinId);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var id = event.getRouteParameters().get("id").orElse("");
        removeAll();
        add(new RouterLink(getTranslation("public.bulletin.back"), BulletinsView.class));
        portal.bulletin(id)
                .ifPresentOrElse(
                        this::show, () -> add(TrackView.notFound(getTranslation("public.bulletin.not-found"))));
    }

    void show(BulletinResponse bulletin) {
        title = bulletin.title();
        var heading = new H1();
        heading.setText(title);
        add(heading);

        var reproducible = new Paragraph(getTranslation(
                "public.bulletin.period-line",
                String.valueOf(bulletin.period()),
                Formats.dateTime(bulletin.periodStart()),
                Formats.dateTime(bulletin.cutOff()),
                Formats.dateTime(bulletin.publishedAt())));
        reproducible.setId("bulletin-period");
        var inputs = new Paragraph(getTranslation(
                "public.bulletin.inputs",
                Formats.dateTime(bulletin.cutOff()),
                String.valueOf(bulletin.eventCount()),
                String.valueOf(bulletin.lastEventPosition()),
                String.valueOf(bulletin.calendarVersion())));
        inputs.setId("bulletin-inputs");
        inputs.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-size", "var(--lumo-font-size-s)");
        add(reproducible, inputs, links(bulletin.bulletinId()));

        var panel = new BulletinFiguresPanel(bulletin.figures(), this::departmentName);
        add(panel.charts());
        add(
                new H2(getTranslation("public.bulletin.table")),
                panel.table("bulletin-table"),
                new Paragraph(getTranslation("public.bulletin.notes")),
                new Paragraph(getTranslation("public.bulletin.service-notes")));
        add(new LiaisonBulletinSections(
                bulletin.figures(),
                code -> portal.department(code).map(d -> d.name(getLocale())).orElse(code)));
    }

    private Component links(String bulletinId) {
        var encoded = URLEncoder.encode(bulletinId, StandardCharsets.UTF_8);
        var language = "?lang=" + getLocale().toLanguageTag();
        var csv = new Anchor(API + encoded + "/csv" + language, getTranslation("public.bulletin.csv"));
        csv.setId("bulletin-csv");
        csv.getElement().setAttribute("download", true);
        var print = new Anchor(
                API + encoded + "/print" + language, getTranslation("public.bulletin.print"), AnchorTarget.BLANK);
        print.setId("bulletin-print");
        var verify = new Anchor(
                API + encoded + "/verification", getTranslation("public.bulletin.verify"), AnchorTarget.BLANK);
        verify.setId("bulletin-verify");
        for (var anchor : List.of(csv, print, verify)) {
            anchor.setRouterIgnore(true);
        }
        return new HorizontalLayout(csv, print, verify);
    }

    private String departmentName(DepartmentFigures figures) {
        return portal.department(figures.departmentCode())
                .map(d -> d.name(getLocale()))
                .orElse(figures.departmentName());
    }

    @Override
    public String getPageTitle() {
        return title.isEmpty() ? getTranslation("public.bulletins.heading") : title;
    }
}
