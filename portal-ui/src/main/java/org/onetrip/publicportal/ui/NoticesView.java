package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.onetrip.disclosure.api.NoticeResponse;
import org.onetrip.layout.MainLayout;
import org.onetrip.publicportal.PublicPortal;

/** 通知公告与政策解读: current text, every correction beside the original, retractions as tombstones. */
@Route(value = "notices", layout = MainLayout.class)
@AnonymousAllowed
public class NoticesView extends VerticalLayout implements HasDynamicTitle {

    public NoticesView(PublicPortal portal) {
        setMaxWidth("960px");
        getStyle().set("margin", "0 auto");
        add(new H1(getTranslation("public.notices.heading")));
        var notices = portal.notices();
        if (notices.isEmpty()) {
            add(new Paragraph(getTranslation("public.notices.none")));
        }
        var list = new VerticalLayout();
        list.setId("notices");
        list.setPadding(false);
        notices.forEach(notice -> list.add(notice(notice)));
        add(list);
    }

    private Component notice(NoticeResponse notice) {
        var box = new Div();
        box.getStyle().set("border", "1px solid var(--lumo-contrast-10pct)").set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)").set("width", "100%").set("box-sizing", "border-box");
        var title = new H2();
        title.setText(notice.title());
        title.getStyle().set("margin-top", "0");
        var meta = new HorizontalLayout(Formats.badge(getTranslation("public.notice-kind." + notice.kind().name()), null),
                new Span(Formats.date(notice.publishedAt())));
        if ("CORRECTED".equals(notice.status())) {
            meta.add(Formats.badge(getTranslation("public.notices.corrected"), "contrast"));
        }
        box.add(meta, title);
        if (notice.retraction() != null) {
            box.add(Formats.badge(getTranslation("public.notices.retracted"), "error"),
                    new Div(new Span(getTranslation("public.notices.retracted-on", Formats.date(notice.retraction().at()))
                            + " "), Formats.text(notice.retraction().reason())));
            return box;
        }
        box.add(new Div(Formats.text(notice.body())));
        for (var correction : notice.corrections()) {
            var line = new Div(new Span(getTranslation("public.notices.correction", correction.number(),
                    Formats.date(correction.at())) + " "), Formats.text(correction.reason()));
            line.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                    .set("margin-top", "var(--lumo-space-s)");
            box.add(line);
        }
        if (notice.original() != null && !notice.corrections().isEmpty()) {
            var original = new Div(new Span(getTranslation("public.notices.original") + " "),
                    Formats.text(notice.original().title()), new Paragraph(Formats.text(notice.original().body())));
            original.getStyle().set("font-size", "var(--lumo-font-size-s)").set("color", "var(--lumo-secondary-text-color)")
                    .set("background", "var(--lumo-contrast-5pct)").set("padding", "var(--lumo-space-s)");
            box.add(original);
        }
        return box;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.notices.heading");
    }
}
