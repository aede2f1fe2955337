package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.List;
import org.onetrip.projections.disclosure.DisclosureType;
import org.onetrip.publicportal.RecentDisclosure;

/** The newest disclosures, each linked to its public page and labelled with its kind and date. */
public class RecentDisclosures extends VerticalLayout {

    public RecentDisclosures(List<RecentDisclosure> recent) {
        setId("recent-disclosures");
        setPadding(false);
        if (recent.isEmpty()) {
            add(new Paragraph(getTranslation("public.recent.none")));
            return;
        }
        var list = new UnorderedList();
        for (var disclosure : recent) {
            var item = new ListItem(
                    Formats.badge(
                            getTranslation("public.disclosures.type."
                                    + disclosure.type().name()),
                            "contrast"),
                    new Span(" "),
                    link(disclosure),
                    new Span(" " + Formats.date(disclosure.at())));
            item.addClassName("recent-disclosure");
            list.add(item);
        }
        add(list);
    }

    private static RouterLink link(RecentDisclosure disclosure) {
        return disclosure.type() == DisclosureType.BULLETIN
                ? new RouterLink(disclosure.title(), BulletinView.class, BulletinView.of(disclosure.key()))
                : disclosure.type() == DisclosureType.SERVICE_ITEM
                        ? new RouterLink(disclosure.title(), ItemView.class, ItemView.of(disclosure.key()))
                        : new RouterLink(disclosure.title(), NoticesView.class, RouteParameters.empty());
    }
}
