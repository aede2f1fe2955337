package org.onetrip.liaison.publicui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.layout.LiveRegion;
import org.onetrip.layout.LocalPasswordField;
import org.onetrip.layout.MainLayout;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.projections.liaison.EnterpriseSearch;
import org.onetrip.projections.liaison.EnterpriseSearch.OwnRequest;
import org.onetrip.projections.support.SearchUnavailableException;
import org.onetrip.shared.ratelimit.RateLimits;

/**
 * An enterprise follows the requests it raised on liaison visits with its access code (四.四.2): each
 * request's kind, status, the department handling it, the due date and the answer. The code is typed
 * into a form (never put into the address, so it stays out of history and logs), looked up by its hash,
 * and rate-limited like a receipt code; an unknown code and a malformed one get the same answer.
 */
@Route(value = "enterprise", layout = MainLayout.class)
@AnonymousAllowed
public class EnterpriseStatusView extends VerticalLayout implements HasDynamicTitle {

    private final EnterpriseSearch search;
    private final DepartmentDirectory departments;
    private final RateLimits limits;
    final PasswordField code = new LocalPasswordField();
    final Button show = new Button();
    final Div result = new Div();

    public EnterpriseStatusView(EnterpriseSearch search, DepartmentDirectory departments, RateLimits limits) {
        this.search = search;
        this.departments = departments;
        this.limits = limits;
        setMaxWidth("1000px");
        getStyle().set("margin", "0 auto");
        code.setLabel(getTranslation("liaison.public.code"));
        code.setHelperText(getTranslation("liaison.public.code.help"));
        code.setMaxLength(40);
        code.setRevealButtonVisible(true);
        code.setId("enterprise-code");
        code.setWidth("22em");
        show.setText(getTranslation("liaison.public.show"));
        show.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        show.addClickShortcut(Key.ENTER);
        show.setId("enterprise-code-show");
        show.addClickListener(click -> show());
        result.setId("enterprise-status");
        LiveRegion.polite(result);
        result.setWidthFull();
        var form = new HorizontalLayout(code, show);
        form.setAlignItems(FlexComponent.Alignment.BASELINE);
        add(
                new H1(getTranslation("liaison.public.heading")),
                new Paragraph(getTranslation("liaison.public.explanation")),
                form,
                result);
    }

    void show() {
        result.removeAll();
        var request = VaadinRequest.getCurrent();
        var client = request == null || request.getRemoteAddr() == null ? "unknown" : request.getRemoteAddr();
        if (!limits.tryAcquire(RateLimits.Kind.LOOKUP, client)) {
            result.add(message(getTranslation("public.rate-limited.lookup")));
            return;
        }
        var parsed = ReceiptCode.parse(code.getValue());
        try {
            var own = parsed.flatMap(search::ownRequests);
            if (own.isEmpty()) {
                var unknown = message(getTranslation("liaison.public.not-found"));
                unknown.setId("enterprise-not-found");
                result.add(unknown);
                return;
            }
            var heading = new H2(own.get().enterpriseName());
            heading.setId("enterprise-status-name");
            result.add(heading);
            if (own.get().requests().isEmpty()) {
                result.add(new Paragraph(getTranslation("liaison.public.no-requests")));
                return;
            }
            var list = new Grid<OwnRequest>();
            list.setId("enterprise-requests");
            list.addColumn(r -> getTranslation("liaison.issue-type." + r.type().name()))
                    .setHeader(getTranslation("liaison.public.type"))
                    .setAutoWidth(true);
            list.addColumn(OwnRequest::summary)
                    .setHeader(getTranslation("liaison.ledger.summary"))
                    .setFlexGrow(1);
            list.addColumn(r -> Texts.day(r.raisedOn()))
                    .setHeader(getTranslation("liaison.requests.raised-on"))
                    .setAutoWidth(true);
            list.addColumn(r -> getTranslation("status." + r.status().name()))
                    .setHeader(getTranslation("liaison.requests.status"))
                    .setAutoWidth(true);
            list.addColumn(r -> r.departmentCode() == null ? "" : departments.name(r.departmentCode(), getLocale()))
                    .setHeader(getTranslation("liaison.department"))
                    .setAutoWidth(true);
            list.addColumn(r -> Texts.day(r.dueDate()))
                    .setHeader(getTranslation("liaison.requests.due"))
                    .setAutoWidth(true);
            list.addColumn(r -> r.answer() == null ? "" : r.answer())
                    .setHeader(getTranslation("liaison.public.answer"))
                    .setFlexGrow(2);
            list.setItems(own.get().requests());
            list.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT, GridVariant.LUMO_ROW_STRIPES);
            list.setAllRowsVisible(true);
            result.add(list);
        } catch (SearchUnavailableException unavailable) {
            result.add(message(getTranslation("liaison.search-unavailable")));
        }
    }

    private static Paragraph message(String text) {
        var paragraph = new Paragraph(text);
        paragraph
                .getStyle()
                .set("padding", "var(--lumo-space-m)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("background", "var(--lumo-contrast-5pct)");
        return paragraph;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liaison.public.heading");
    }
}
