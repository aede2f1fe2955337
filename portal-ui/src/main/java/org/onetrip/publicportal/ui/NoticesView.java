package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
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
        notices.forEach(notice -> list.add(new NoticeCard(notice)));
        add(list);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.notices.heading");
    }
}
