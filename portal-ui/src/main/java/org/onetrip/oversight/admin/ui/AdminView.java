package org.onetrip.oversight.admin.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.tabs.TabSheet;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.Map;
import org.onetrip.calendar.api.Holiday;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.disclosure.api.HallZone;
import org.onetrip.i18n.TownshipTime;
import org.onetrip.integrity.api.PublishedReceiptKey;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Phrases;
import org.onetrip.organisation.api.Department;
import org.onetrip.oversight.OversightRefusal;
import org.onetrip.oversight.ui.Notices;
import org.onetrip.publicportal.ui.HallZoneNames;
import org.onetrip.security.SecurityLog;
import org.onetrip.security.StaffPrincipal;
import org.onetrip.shared.api.Actor;

/**
 * The administrator: staff accounts, departments, working-day calendar, deadline rules, projections, security log,
 * keys.
 */
@Route(value = "admin", layout = MainLayout.class)
@RolesAllowed("ADMIN")
public class AdminView extends VerticalLayout implements HasDynamicTitle {

    private final AdminService service;
    private final AuthenticationContext authentication;
    private final Grid<AdminService.AccountRow> accounts = new Grid<>();

    public AdminView(AdminService service, AuthenticationContext authentication) {
        this.service = service;
        this.authentication = authentication;
        var tabs = new TabSheet();
        tabs.setWidthFull();
        tabs.add(getTranslation("oversight.admin.tab.accounts"), accountsTab());
        tabs.add(getTranslation("oversight.admin.tab.departments"), departmentsTab());
        tabs.add(getTranslation("oversight.admin.tab.calendar"), calendarTab());
        tabs.add(getTranslation("oversight.admin.tab.deadlines"), deadlinesTab());
        tabs.add(getTranslation("oversight.admin.tab.projections"), projectionsTab());
        tabs.add(getTranslation("oversight.admin.tab.security"), securityTab());
        tabs.add(getTranslation("oversight.admin.tab.keys"), keysTab());
        add(new H1(getTranslation("oversight.admin.title")), tabs);
    }

    private VerticalLayout accountsTab() {
        accounts.setId("admin-accounts");
        accounts.addColumn(AdminService.AccountRow::username)
                .setHeader(getTranslation("oversight.admin.accounts.username"))
                .setAutoWidth(true);
        accounts.addColumn(AdminService.AccountRow::displayName)
                .setHeader(getTranslation("oversight.admin.accounts.display-name"))
                .setAutoWidth(true);
        accounts.addColumn(a -> getTranslation("role." + a.role().name()))
                .setHeader(getTranslation("oversight.admin.accounts.role"));
        accounts.addColumn(a -> departmentName(a.departmentCode()))
                .setHeader(getTranslation("oversight.admin.accounts.department"))
                .setAutoWidth(true);
        accounts.addColumn(a -> getTranslation(
                        a.enabled() ? "oversight.admin.accounts.enabled" : "oversight.admin.accounts.disabled"))
                .setHeader(getTranslation("oversight.admin.accounts.state"));
        accounts.addComponentColumn(a -> {
            var disable = new Button(getTranslation("oversight.admin.accounts.disable"), click -> {
                try {
                    service.disableAccount(a.username(), actor());
                    Notices.done(this, "oversight.admin.accounts.disabled-done");
                    accounts.setItems(service.accounts());
                } catch (OversightRefusal refusal) {
                    Notices.refused(this, refusal);
                }
            });
            disable.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            disable.setEnabled(a.enabled());
            return disable;
        });
        accounts.addThemeVariants(GridVariant.LUMO_COMPACT);
        accounts.setItems(service.accounts());
        var created = new AccountForm(service.departments(), account -> {
            try {
                service.createAccount(account);
                Notices.done(this, "oversight.admin.accounts.created");
                accounts.setItems(service.accounts());
            } catch (OversightRefusal refusal) {
                Notices.refused(this, refusal);
            }
        });
        var tab = new VerticalLayout(accounts, new H2(getTranslation("oversight.admin.accounts.new")), created);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout securityTab() {
        var grid = new Grid<SecurityLog.Entry>();
        grid.setId("admin-security-log");
        var shown = TownshipTime.SECONDS;
        grid.addColumn(e -> shown.format(e.at()))
                .setHeader(getTranslation("oversight.admin.security.at"))
                .setAutoWidth(true);
        grid.addColumn(e -> getTranslation(
                        "oversight.admin.security.kind." + e.kind().name()))
                .setHeader(getTranslation("oversight.admin.security.kind"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.username() == null ? "" : e.username())
                .setHeader(getTranslation("oversight.admin.security.who"))
                .setAutoWidth(true);
        grid.addColumn(e -> e.address() == null ? "" : e.address())
                .setHeader(getTranslation("oversight.admin.security.address"))
                .setAutoWidth(true);
        grid.addColumn(this::securityDetail).setHeader(getTranslation("oversight.admin.security.detail"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setItems(service.securityLog());
        var refresh = new Button(
                getTranslation("oversight.admin.security.refresh"), click -> grid.setItems(service.securityLog()));
        refresh.setId("admin-security-refresh");
        var tab = new VerticalLayout(
                new Paragraph(getTranslation("oversight.admin.security.explanation")), refresh, grid);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout keysTab() {
        var grid = new Grid<PublishedReceiptKey>();
        grid.setId("admin-receipt-keys");
        var shown = TownshipTime.SECONDS;
        grid.addColumn(PublishedReceiptKey::keyId)
                .setHeader(getTranslation("oversight.admin.keys.key-id"))
                .setAutoWidth(true);
        grid.addColumn(PublishedReceiptKey::generation)
                .setHeader(getTranslation("oversight.admin.keys.generation"))
                .setAutoWidth(true);
        grid.addColumn(k -> shown.format(k.validFrom()))
                .setHeader(getTranslation("oversight.admin.keys.from"))
                .setAutoWidth(true);
        grid.addColumn(k -> k.retiredAt() == null ? "" : shown.format(k.retiredAt()))
                .setHeader(getTranslation("oversight.admin.keys.until"))
                .setAutoWidth(true);
        grid.addColumn(k ->
                        getTranslation(k.inForce() ? "oversight.admin.keys.in-force" : "oversight.admin.keys.retired"))
                .setHeader(getTranslation("oversight.admin.keys.state"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setAllRowsVisible(true);
        grid.setItems(service.receiptKeys());
        var confirm = new ConfirmDialog();
        confirm.setHeader(getTranslation("oversight.admin.keys.rotate.confirm-title"));
        confirm.setText(getTranslation("oversight.admin.keys.rotate.confirm-text"));
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("oversight.admin.keys.rotate.cancel"));
        confirm.setConfirmText(getTranslation("oversight.admin.keys.rotate"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.addConfirmListener(confirmed -> {
            try {
                service.rotateReceiptKey(actor());
                Notices.done(this, "oversight.admin.keys.rotated");
            } catch (OversightRefusal refusal) {
                Notices.refused(this, refusal);
            }
            grid.setItems(service.receiptKeys());
        });
        var rotate = new Button(getTranslation("oversight.admin.keys.rotate"), click -> confirm.open());
        rotate.setId("admin-rotate-receipt-key");
        rotate.addThemeVariants(ButtonVariant.LUMO_ERROR);
        var tab = new VerticalLayout(
                new H2(getTranslation("oversight.admin.keys.receipt-title")),
                new Paragraph(getTranslation("oversight.admin.keys.receipt-explanation")),
                grid,
                rotate);
        tab.setPadding(false);
        return tab;
    }

    private String securityDetail(SecurityLog.Entry entry) {
        if (entry.detail() == null) {
            return "";
        }
        return switch (entry.kind()) {
            case SIGN_IN_THROTTLED -> getTranslation("oversight.admin.security.detail." + entry.detail());
            case CASE_ATTEMPT_REFUSED, CASE_ATTEMPT_THROTTLED, CASE_READ_REFUSED ->
                getTranslation("oversight.admin.security.detail.case", entry.detail());
            default -> "";
        };
    }

    private VerticalLayout departmentsTab() {
        var grid = new Grid<Department>();
        grid.setId("admin-departments");
        grid.addColumn(Department::code)
                .setHeader(getTranslation("oversight.admin.departments.code"))
                .setAutoWidth(true);
        grid.addColumn(Department::nameZh)
                .setHeader(getTranslation("oversight.admin.departments.name-zh"))
                .setAutoWidth(true);
        grid.addColumn(Department::nameEn)
                .setHeader(getTranslation("oversight.admin.departments.name-en"))
                .setAutoWidth(true);
        grid.addColumn(d -> d.type() == null
                        ? ""
                        : getTranslation(
                                "oversight.admin.departments.type." + d.type().name()))
                .setHeader(getTranslation("oversight.admin.departments.type"));
        grid.addColumn(d -> HallZone.ofLabel(d.hallZone())
                        .map(zone -> HallZoneNames.of(this, zone))
                        .orElse(""))
                .setHeader(getTranslation("oversight.admin.departments.hall-zone"));
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        grid.setItems(service.departments());
        var tab = new VerticalLayout(new Paragraph(getTranslation("oversight.admin.departments.configuration")), grid);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout calendarTab() {
        var published = new Span(getTranslation(
                "oversight.admin.calendar.published",
                Phrases.listed(this, service.publishedYears()),
                service.calendarVersion()));
        published.setId("calendar-published");
        var years = new Select<Integer>();
        years.setLabel(getTranslation("oversight.admin.calendar.show-year"));
        years.setItems(service.publishedYears());
        var holidays = new Grid<Holiday>();
        holidays.addColumn(h -> h.date().toString()).setHeader(getTranslation("oversight.admin.calendar.date"));
        holidays.addColumn(h -> getTranslation("oversight.admin.calendar.weekday."
                        + h.date().getDayOfWeek().name()))
                .setHeader(getTranslation("oversight.admin.calendar.weekday"));
        holidays.addColumn(Holiday::name).setHeader(getTranslation("oversight.admin.calendar.holiday-name"));
        holidays.addThemeVariants(GridVariant.LUMO_COMPACT);
        holidays.setAllRowsVisible(true);
        var details = new Paragraph();
        details.setId("calendar-details");
        var form = new CalendarYearForm(draft -> {
            try {
                service.publishCalendarYear(draft, actor());
                Notices.done(this, "oversight.admin.calendar.published-done");
            } catch (OversightRefusal refusal) {
                Notices.refused(this, refusal);
            }
        });
        var selected = new AdminService.CalendarYear[1];
        var loadIntoForm = new Button(getTranslation("oversight.admin.calendar.correct"), click -> {
            if (selected[0] != null) {
                form.load(selected[0].year(), selected[0].holidays(), selected[0].makeUpWorkingDays());
            }
        });
        loadIntoForm.setId("calendar-correct");
        loadIntoForm.setEnabled(false);
        years.addValueChangeListener(change -> {
            var year = change.getValue() == null
                    ? null
                    : service.calendarYear(change.getValue()).orElse(null);
            holidays.setItems(year == null ? java.util.List.of() : year.holidays());
            details.setText(
                    year == null
                            ? ""
                            : getTranslation(
                                    "oversight.admin.calendar.details",
                                    year.version(),
                                    year.makeUpWorkingDays().isEmpty()
                                            ? getTranslation("oversight.admin.calendar.no-make-up-days")
                                            : Phrases.listed(this, year.makeUpWorkingDays()),
                                    year.source(),
                                    year.note() == null ? "–" : year.note()));
            selected[0] = year;
            loadIntoForm.setEnabled(year != null);
        });
        if (!service.publishedYears().isEmpty()) {
            years.setValue(service.publishedYears().get(service.publishedYears().size() - 1));
        }
        var tab = new VerticalLayout(
                published,
                new HorizontalLayout(years),
                details,
                holidays,
                loadIntoForm,
                new H2(getTranslation("oversight.admin.calendar.publish-title")),
                new Paragraph(getTranslation("oversight.admin.calendar.publish-explanation")),
                form);
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout deadlinesTab() {
        var rules = service.deadlineRules();
        var grid = new Grid<Map.Entry<CaseKind, Integer>>();
        grid.setId("admin-deadlines");
        grid.addColumn(e -> getTranslation("oversight.kind." + e.getKey().name()))
                .setHeader(getTranslation("oversight.admin.deadlines.kind"));
        grid.addColumn(Map.Entry::getValue).setHeader(getTranslation("oversight.admin.deadlines.working-days"));
        grid.setItems(rules.workingDaysByKind().entrySet());
        grid.setAllRowsVisible(true);
        grid.addThemeVariants(GridVariant.LUMO_COMPACT);
        var tab = new VerticalLayout(
                new Paragraph(getTranslation("oversight.admin.deadlines.configuration")),
                grid,
                new Paragraph(
                        getTranslation("oversight.admin.deadlines.rectification", rules.rectificationWorkingDays())),
                new Paragraph(
                        getTranslation("oversight.admin.deadlines.max-extension", rules.maxExtensionWorkingDays())));
        tab.setPadding(false);
        return tab;
    }

    private VerticalLayout projectionsTab() {
        var tab = new VerticalLayout(
                new Paragraph(getTranslation("oversight.admin.projections.explanation")),
                new ProjectionRebuilds(service, this::actor));
        tab.setPadding(false);
        return tab;
    }

    private String departmentName(String code) {
        return service.departmentName(code, getLocale());
    }

    private Actor actor() {
        return authentication
                .getAuthenticatedUser(StaffPrincipal.class)
                .map(StaffPrincipal::actor)
                .orElseThrow(() -> new OversightRefusal("oversight.refusal.not-signed-in", ""));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oversight.admin.title");
    }
}
