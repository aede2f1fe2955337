package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import org.onetrip.disclosure.api.NoticeResponse;

/** One notice as the public page shows it; the auditor's as-of view shows the same card for an earlier state. */
public class NoticeCard extends Div {

    public NoticeCard(NoticeResponse notice) {
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-10pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-m)")
                .set("width", "100%")
                .set("box-sizing", "border-box");
        var title = new H2();
        title.setText(notice.title());
        title.getStyle().set("margin-top", "0");
        var meta = new HorizontalLayout(
                Formats.badge(
                        getTranslation("public.notice-kind." + notice.kind().name()), null),
                new Span(Formats.date(notice.publishedAt())));
        if ("CORRECTED".equals(notice.status())) {
            meta.add(Formats.badge(getTranslation("public.notices.corrected"), "contrast"));
        }
        add(meta, title);
        if (notice.retraction() != null) {
            add(
                    Formats.badge(getTranslation("public.notices.retracted"), "error"),
                    new Div(
                            new Span(getTranslation(
                                            "public.notices.retracted-on",
                                            Formats.date(notice.retraction().at()))
                                    + " "),
                            Formats.text(notice.retraction().reason())));
            return;
        }
        add(new Div(Formats.text(notice.body())));
        for (var correction : notice.corrections()) {
            var line = new Div(
                    new Span(getTranslation(
                                    "public.notices.correction", correction.number(), Formats.date(correction.at()))
                            + " "),
                    Formats.text(correction.reason()));
            line.getStyle()
                    .set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("margin-top", "var(--lumo-space-s)");
            add(line);
        }
        if (notice.original() != null && !notice.corrections().isEmpty()) {
            var original = new Div(
                    new Span(getTranslation("public.notices.original") + " "),
                    Formats.text(notice.original().title()),
                    new Paragraph(Formats.text(notice.original().body())));
            original.getStyle()
                    .set("font-size", "var(--lumo-font-size-s)")
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("background", "var(--lumo-contrast-5pct)")
                    .set("padding", "var(--lumo-space-s)");
            add(original);
        }
    }
}
