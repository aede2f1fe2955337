package org.onetrip.home.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.shared.Registration;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.layout.MainLayout;
import org.onetrip.publicportal.PublicPortal;
import org.onetrip.publicportal.ui.RecentDisclosures;

/** The landing page: what the service is, live figures, the newest disclosures, and where the API is described. */
@Route(value = "", layout = MainLayout.class)
@AnonymousAllowed
public class HomeView extends VerticalLayout implements HasDynamicTitle {

    static final int POLL_MILLIS = 10_000;

    private final CaseFigures figures;
    private final Span total = new Span();
    private final HorizontalLayout byStatus = new HorizontalLayout();
    private final Span onTime = new Span();
    private final Span satisfaction = new Span();
    private final Span answered = new Span();
    private final Span headlineSince = new Span();
    private Registration polling;
    /** WCAG 2.2.2: figures that change by themselves can be held still. */
    final Button pause = new Button();

    private boolean paused;

    public static final int RECENT_DISCLOSURES = 6;

    public HomeView(CaseFigures figures, PublicPortal portal) {
        this.figures = figures;
        setMaxWidth("960px");
        getStyle().set("margin", "0 auto");

        var header = new H1(getTranslation("app.title"));

        total.setId("total-cases");
        total.getStyle().set("font-size", "2.5em").set("font-weight", "bold");
        byStatus.setId("cases-by-status");
        byStatus.getStyle().set("flex-wrap", "wrap");

        add(
                header,
                new Paragraph(getTranslation("app.tagline")),
                new H2(getTranslation("home.counts.title")),
                new HorizontalLayout(new Span(getTranslation("home.counts.total")), total),
                byStatus,
                updatedLine(),
                new H2(getTranslation("home.headline.title")),
                headline(),
                new H2(getTranslation("home.recent.title")),
                new RecentDisclosures(portal.recentDisclosures(RECENT_DISCLOSURES)),
                new H2(getTranslation("home.how.title")),
                list(
                        getTranslation("home.how.file"),
                        getTranslation("home.how.track"),
                        getTranslation("home.how.deadline")),
                new H2(getTranslation("home.api.title")),
                new UnorderedList(
                        new ListItem(link("/swagger-ui.html", getTranslation("home.api.docs"), "api-docs-link")),
                        new ListItem(link("/v3/api-docs", getTranslation("home.api.spec"), "api-spec-link")),
                        new ListItem(getTranslation("home.api.track"))));
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent event) {
        event.getUI().setPollInterval(paused ? -1 : POLL_MILLIS);
        polling = event.getUI().addPollListener(poll -> refresh());
    }

    private HorizontalLayout updatedLine() {
        pause.setId("pause-refresh");
        pause.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        pause.addClickListener(click -> setPaused(!paused));
        showPauseState();
        var line = new HorizontalLayout(new Span(getTranslation("home.counts.updated")), pause);
        line.setAlignItems(FlexComponent.Alignment.BASELINE);
        line.getStyle().set("flex-wrap", "wrap");
        return line;
    }

    void setPaused(boolean paused) {
        this.paused = paused;
        getUI().ifPresent(ui -> ui.setPollInterval(paused ? -1 : POLL_MILLIS));
        if (!paused) {
            refresh();
        }
        showPauseState();
    }

    private void showPauseState() {
        pause.setText(getTranslation(paused ? "home.counts.resume" : "home.counts.pause"));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        polling.remove();
        event.getUI().setPollInterval(-1);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("app.title");
    }

    private void refresh() {
        var headline = figures.headline();
        onTime.setText(percent(headline.onTimeRate()));
        satisfaction.setText(percent(headline.satisfactionRate()));
        answered.setText(String.valueOf(headline.answered()));
        headlineSince.setText(getTranslation("home.headline.since", headline.fromMonth()));
        var counts = figures.counts();
        total.setText(String.valueOf(counts.total()));
        byStatus.removeAll();
        for (var status : CaseStatus.values()) {
            long count = counts.byStatus().getOrDefault(status, 0L);
            if (count > 0) {
                var badge = new Span(getTranslation("status." + status.name()) + " " + count);
                badge.getElement().getThemeList().add("badge");
                byStatus.add(badge);
            }
        }
    }

    private VerticalLayout headline() {
        var figuresRow = new HorizontalLayout(
                figure(onTime, "headline-on-time", "home.headline.on-time"),
                figure(satisfaction, "headline-satisfaction", "home.headline.satisfaction"),
                figure(answered, "headline-answered", "home.headline.answered"));
        figuresRow.setId("headline-figures");
        figuresRow.getStyle().set("flex-wrap", "wrap");
        var layout = new VerticalLayout(figuresRow, headlineSince);
        layout.setPadding(false);
        return layout;
    }

    private VerticalLayout figure(Span number, String id, String labelKey) {
        number.setId(id);
        number.getStyle().set("font-size", "2em").set("font-weight", "bold");
        var box = new VerticalLayout(number, new Span(getTranslation(labelKey)));
        box.setSpacing(false);
        box.setPadding(false);
        box.setWidth(null);
        box.getStyle().set("min-width", "9em");
        return box;
    }

    private String percent(Double rate) {
        return rate == null
                ? getTranslation("home.headline.none")
                : getTranslation("home.headline.percent", rate * 100);
    }

    private static UnorderedList list(String... items) {
        var list = new UnorderedList();
        for (var item : items) {
            list.add(new ListItem(item));
        }
        return list;
    }

    private static Anchor link(String href, String text, String id) {
        var anchor = new Anchor(href, text);
        anchor.setId(id);
        anchor.setRouterIgnore(true);
        return anchor;
    }
}
