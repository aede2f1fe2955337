package org.onetrip.layout;

import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.spring.security.AuthenticationContext;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.i18n.PortalLocales;
import org.onetrip.security.SecurityLog;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.security.ThrottledSignIn;

/** The frame of every page: title, language, who is signed in, and the views this person may open. */
public class MainLayout extends AppLayout {

    public MainLayout(List<NavigationEntry> entries, AuthenticationContext authentication) {
        var principal = authentication.getAuthenticatedUser(StaffPrincipal.class);
        var title = new Span(getTranslation("app.short-title"));
        title.getStyle().set("font-weight", "bold").set("font-size", "var(--lumo-font-size-l)");

        var language = new Button(getTranslation("language.switch"), click -> {
            var ui = UI.getCurrent();
            PortalLocales.choose(ui.getSession(), PortalLocales.other(ui.getLocale()));
            ui.getPage().reload();
        });
        language.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        language.setId("language-switch");
        // the switch names the other language in that language
        language.getElement()
                .setAttribute("lang", PortalLocales.other(getLocale()).toLanguageTag());

        var menuToggle = new DrawerToggle();
        menuToggle.setAriaLabel(getTranslation("nav.menu-toggle"));
        title.setId("portal-title");
        var skip = new Anchor("#", getTranslation("nav.skip-to-content"));
        skip.setId("skip-to-content");
        skip.getElement()
                .executeJs("this.addEventListener('click', event => { event.preventDefault();"
                        + " const main = document.querySelector('[role=main]'); if (main) { main.focus(); } })");
        var header = new HorizontalLayout(skip, menuToggle, title);
        header.setId("portal-header");
        header.setWidthFull();
        header.setAlignItems(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.getStyle().set("padding-right", "var(--lumo-space-m)");
        if (principal.isPresent()) {
            var who = new Span(principal.get().displayName() + " · "
                    + getTranslation("role." + principal.get().role()));
            who.setId("signed-in-as");
            var logout = new Button(getTranslation("logout"), click -> authentication.logout());
            logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            logout.setId("logout");
            header.add(who, language, logout);
            tellOfFailedSignIns();
        } else {
            var login = new Anchor("login", getTranslation("login.link"));
            login.setId("login-link");
            header.add(language, login);
        }
        addToNavbar(header);
        ownStyles();

        var nav = new SideNav();
        nav.setI18n(new SideNav.SideNavI18n().setToggle(getTranslation("nav.toggle")));
        var role = principal.map(StaffPrincipal::role).orElse(null);
        entries.stream()
                .sorted(Comparator.comparingInt(NavigationEntry::order))
                .filter(entry -> entry.roles().isEmpty()
                        || (role != null && entry.roles().contains(role)))
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.labelKey()), entry.view())));
        addToDrawer(nav);
    }

    /**
     * The portal's own styles. On a phone, rows of fields and buttons wrap instead of pushing a button past the
     * screen's edge, no field is wider than the screen, and the header keeps one line for the title with the
     * signed-in name below it. Links in the content are underlined, not told apart from text by colour alone, and the
     * link to the content shows only when a keyboard reaches it. A style element, because the portal has no theme of
     * its own: one would need a front-end build to ship.
     */
    private void ownStyles() {
        getElement()
                .executeJs(
                        "if (!document.getElementById('onetrip-styles')) {"
                                + " const style = document.createElement('style');"
                                + " style.id = 'onetrip-styles'; style.textContent = $0;"
                                + " document.head.appendChild(style); }",
                        """
                        vaadin-app-layout > [role=main] a { text-decoration: underline; }
                        [role=main]:focus { outline: none; }
                        #skip-to-content { position: absolute; left: -10000px; }
                        #skip-to-content:focus { position: static; padding: 0 var(--lumo-space-s); }
                        @media (max-width: 640px) {
                          vaadin-horizontal-layout { flex-wrap: wrap; }
                          vaadin-text-field, vaadin-text-area, vaadin-password-field, vaadin-email-field,
                          vaadin-integer-field, vaadin-number-field, vaadin-combo-box, vaadin-multi-select-combo-box,
                          vaadin-select, vaadin-date-picker, vaadin-date-time-picker { max-width: 100%; }
                          #portal-header { row-gap: 0; }
                          #portal-title { flex: 1 1 0; white-space: nowrap; overflow: hidden;
                            text-overflow: ellipsis; min-width: 0; }
                          #signed-in-as { order: 10; flex-basis: 100%; font-size: var(--lumo-font-size-s);
                            padding: 0 var(--lumo-space-m) var(--lumo-space-xs); }
                        }
                        """);
    }

    /** The page's main landmark, which the link to the content moves to, is whatever screen the layout shows. */
    @Override
    public void showRouterLayoutContent(HasElement content) {
        super.showRouterLayoutContent(content);
        if (content != null) {
            content.getElement().setAttribute("role", "main");
            content.getElement().setAttribute("tabindex", "-1");
        }
    }

    /** Once after signing in: the failed attempts on this account since its previous sign-in, if any. */
    private void tellOfFailedSignIns() {
        var session = VaadinSession.getCurrent();
        if (session == null || session.getSession() == null) {
            return;
        }
        var wrapped = session.getSession();
        if (wrapped.getAttribute(ThrottledSignIn.FAILURE_NOTICE) instanceof SecurityLog.FailureNotice notice) {
            wrapped.removeAttribute(ThrottledSignIn.FAILURE_NOTICE);
            var at = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
                    .withZone(WorkingDayCalendar.ZONE)
                    .format(notice.lastAt());
            var text = new Span(getTranslation("login.failures-notice", notice.failures(), at, notice.lastAddress()));
            text.setId("failed-sign-ins-notice");
            var shown = new Notification(text);
            shown.setDuration(15_000);
            shown.setPosition(Notification.Position.TOP_CENTER);
            shown.addThemeVariants(NotificationVariant.LUMO_WARNING);
            shown.open();
        }
    }
}
