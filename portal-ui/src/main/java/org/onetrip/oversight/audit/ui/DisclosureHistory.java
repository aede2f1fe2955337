package org.onetrip.oversight.audit.ui;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.Optional;
import org.onetrip.audit.api.NoticeAsOfResponse;
import org.onetrip.audit.api.ServiceItemAsOfResponse;
import org.onetrip.audit.query.DisclosureAsOf;
import org.onetrip.disclosure.api.ServiceItemResponse;
import org.onetrip.publicportal.PublicPortal;
import org.onetrip.publicportal.ui.ItemView;
import org.springframework.stereotype.Service;

/** Disclosures as they were at an instant, replayed from the event store, shown as the public page showed them. */
@Service
public class DisclosureHistory {

    private final DisclosureAsOf asOf;
    private final PublicPortal portal;

    public DisclosureHistory(DisclosureAsOf asOf, PublicPortal portal) {
        this.asOf = asOf;
        this.portal = portal;
    }

    public Optional<ServiceItemAsOfResponse> serviceItem(String code, Instant at) {
        return asOf.serviceItem(code, at);
    }

    public Optional<NoticeAsOfResponse> notice(String noticeId, Instant at) {
        return asOf.notice(noticeId, at);
    }

    /** The public item page's own rendering, so the auditor sees exactly what a visitor saw. */
    public Component itemPage(ServiceItemResponse item) {
        var page = new ItemView(portal);
        page.setId("as-of-item");
        page.show(item);
        return page;
    }
}
