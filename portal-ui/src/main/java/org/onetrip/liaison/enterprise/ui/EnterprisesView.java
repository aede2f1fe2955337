package org.onetrip.liaison.enterprise.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.onetrip.enterprise.api.EnterpriseLimits;
import org.onetrip.enterprise.api.EnterpriseOutcome;
import org.onetrip.enterprise.application.EnterpriseLiaison;
import org.onetrip.layout.Freshness;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Phrases;
import org.onetrip.liaison.ui.Attempts;
import org.onetrip.liaison.ui.StaffSession;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.api.StaffMember;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.organisation.query.StaffDirectory;
import org.onetrip.privacy.api.ContactStatus;
import org.onetrip.projections.liaison.EnterpriseSearch;
import org.onetrip.projections.liaison.EnterpriseView;
import org.onetrip.shared.api.Role;

/**
 * 企业联点: the register of enterprises, each with its liaison cadre (四.四.2). 党政办 registers and pairs
 * them; the contact person's data is shown only to the liaison cadre, the desk and the discipline office,
 * each look recorded with its reason; the enterprise's access code is shown once, when issued.
 */
@Route(value = "enterprises", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "HANDLER", "DISCIPLINE", "AUDITOR", "ADMIN"})
public class EnterprisesView extends VerticalLayout implements HasDynamicTitle {

    private final EnterpriseLiaison liaison;
    private final EnterpriseSearch search;
    private final StaffSession session;
    private final DepartmentDirectory departments;
    private final StaffDirectory staff;
    final TextField filter = new TextField();
    final Grid<EnterpriseView> register = new Grid<>();
    final Div issued = new Div();
    final Div details = new Div();

    public EnterprisesView(
            EnterpriseLiaison liaison,
            EnterpriseSearch search,
            StaffSession session,
            DepartmentDirectory departments,
            StaffDirectory staff) {
        this.liaison = liaison;
        this.search = search;
        this.session = session;
        this.departments = departments;
        this.staff = staff;
        add(
                new H1(getTranslation("liaison.enterprises.heading")),
                new Paragraph(getTranslation("liaison.enterprises.explanation")));
        issued.setId("enterprise-issued");
        if (session.leadsLiaison()) {
            add(
                    new H2(getTranslation("liaison.enterprise.new")),
                    new EnterpriseForm(staff.fieldStaff(), departments::name, entry -> {
                        var outcome = Attempts.enterprise(
                                this,
                                () -> liaison.register(
                                        session.actor(),
                                        entry.name(),
                                        entry.sector(),
                                        entry.park(),
                                        entry.contact(),
                                        entry.liaisonPersonId()),
                                "liaison.enterprise.registered");
                        outcome.ifPresent(done -> {
                            var code = (EnterpriseOutcome.CodeIssued) done;
                            issued.removeAll();
                            issued.add(new AccessCodeNotice(entry.name(), code.accessCode()));
                            Freshness.await(() -> search.enterprises(null, null).stream()
                                    .anyMatch(e -> e.enterpriseId().equals(code.enterpriseId())));
                            refresh();
                        });
                        return outcome.isPresent();
                    }),
                    issued);
        } else {
            add(issued);
        }
        filter.setPlaceholder(getTranslation("liaison.enterprise.search"));
        filter.setAriaLabel(filter.getPlaceholder());
        filter.setValueChangeMode(ValueChangeMode.LAZY);
        filter.addValueChangeListener(change -> refresh());
        filter.setId("enterprise-filter");
        register.setId("enterprise-register-list");
        register.setEmptyStateText(getTranslation("grid.empty.filtered"));
        register.addColumn(EnterpriseView::name)
                .setHeader(getTranslation("liaison.enterprise.name"))
                .setAutoWidth(true);
        register.addColumn(e -> getTranslation("liaison.sector." + e.sector().name()))
                .setHeader(getTranslation("liaison.enterprise.sector"))
                .setAutoWidth(true);
        register.addColumn(e -> e.park() == null ? "" : e.park()).setHeader(getTranslation("liaison.enterprise.park"));
        register.addColumn(e -> Phrases.qualified(
                        this, e.liaisonName(), departments.name(e.liaisonDepartmentCode(), getLocale())))
                .setHeader(getTranslation("liaison.enterprise.liaison"))
                .setAutoWidth(true);
        register.addColumn(EnterpriseView::visits).setHeader(getTranslation("liaison.enterprise.visits"));
        register.addColumn(e -> Texts.day(e.lastVisitOn())).setHeader(getTranslation("liaison.enterprise.last-visit"));
        register.addColumn(EnterpriseView::requests).setHeader(getTranslation("liaison.enterprise.requests"));
        register.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        register.setAllRowsVisible(true);
        register.asSingleSelect().addValueChangeListener(change -> showDetails(change.getValue()));
        details.setId("enterprise-details");
        details.setWidthFull();
        add(new H2(getTranslation("liaison.enterprises.register")), filter, register, details);
        refresh();
    }

    void refresh() {
        Attempts.run(this, () -> search.enterprises(Texts.blankToNull(filter.getValue()), null))
                .ifPresent(register::setItems);
    }

    private void showDetails(EnterpriseView enterprise) {
        details.removeAll();
        if (enterprise == null) {
            return;
        }
        var actor = session.actor();
        boolean leads = session.leadsLiaison();
        boolean isLiaison = actor.personId().equals(enterprise.liaisonPersonId());
        var heading = new H3(enterprise.name());
        heading.setId("enterprise-details-heading");
        details.add(heading);
        details.add(new Paragraph(getTranslation(
                "liaison.enterprise.summary",
                getTranslation("liaison.sector." + enterprise.sector().name()),
                enterprise.liaisonName(),
                departments.name(enterprise.liaisonDepartmentCode(), getLocale()),
                Texts.time(enterprise.registeredAt()))));
        if (leads) {
            details.add(changeLiaison(enterprise));
        }
        if (leads || isLiaison) {
            details.add(reissueCode(enterprise));
        }
        boolean mayView = isLiaison || actor.role() == Role.INTAKE || actor.role() == Role.DISCIPLINE;
        details.add(new H3(getTranslation("liaison.contact.heading")));
        if (enterprise.contactErased()) {
            details.add(new Paragraph(getTranslation("liaison.contact.erased")));
        } else if (!enterprise.hasContact()) {
            details.add(new Paragraph(getTranslation("liaison.contact.none")));
        } else if (mayView) {
            details.add(viewContact(enterprise));
        } else {
            details.add(new Paragraph(getTranslation("liaison.contact.withheld")));
        }
        if (enterprise.hasContact() && (actor.role() == Role.DISCIPLINE || actor.role() == Role.ADMIN)) {
            details.add(eraseContact(enterprise));
        }
    }

    private Component changeLiaison(EnterpriseView enterprise) {
        var person = new ComboBox<StaffMember>(getTranslation("liaison.enterprise.liaison"));
        person.setItems(staff.fieldStaff());
        person.setItemLabelGenerator(
                m -> Phrases.qualified(this, m.displayName(), departments.name(m.departmentCode(), getLocale())));
        person.setId("liaison-change-person");
        var reason = new TextField(getTranslation("liaison.reason"));
        reason.setMaxLength(EnterpriseLimits.REASON);
        reason.setId("liaison-change-reason");
        var change = new Button(getTranslation("liaison.enterprise.change-liaison"), click -> {
            if (person.isEmpty() || reason.getValue().isBlank()) {
                person.setInvalid(person.isEmpty());
                reason.setInvalid(reason.getValue().isBlank());
                return;
            }
            Attempts.enterprise(
                            this,
                            () -> liaison.changeLiaison(
                                    session.actor(),
                                    enterprise.enterpriseId(),
                                    person.getValue().personId(),
                                    reason.getValue().strip()),
                            "liaison.enterprise.liaison-changed")
                    .ifPresent(done -> {
                        Freshness.await(() -> search.enterprises(null, null).stream()
                                .anyMatch(e -> e.enterpriseId().equals(enterprise.enterpriseId())
                                        && e.liaisonPersonId()
                                                .equals(person.getValue().personId())));
                        details.removeAll();
                        refresh();
                    });
        });
        change.setId("liaison-change");
        return row(person, reason, change);
    }

    private Component reissueCode(EnterpriseView enterprise) {
        var reason = new TextField(getTranslation("liaison.code.reason"));
        reason.setMaxLength(EnterpriseLimits.REASON);
        reason.setId("code-reason");
        var reissue = new Button(getTranslation("liaison.code.reissue"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("oversight.field.required"));
                return;
            }
            Attempts.enterprise(
                            this,
                            () -> liaison.reissueCode(
                                    session.actor(),
                                    enterprise.enterpriseId(),
                                    reason.getValue().strip()),
                            "liaison.code.reissued")
                    .ifPresent(done -> {
                        issued.removeAll();
                        issued.add(new AccessCodeNotice(
                                enterprise.name(), ((EnterpriseOutcome.CodeIssued) done).accessCode()));
                        reason.clear();
                    });
        });
        reissue.setId("code-reissue");
        return row(reason, reissue);
    }

    private Component viewContact(EnterpriseView enterprise) {
        var reason = new TextField(getTranslation("liaison.contact.reason"));
        reason.setMaxLength(200);
        reason.setId("contact-reason");
        reason.setWidth("24em");
        var shown = new Paragraph();
        shown.setId("contact-shown");
        var view = new Button(getTranslation("liaison.contact.show"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                reason.setErrorMessage(getTranslation("oversight.field.required"));
                return;
            }
            Attempts.enterprise(
                            this,
                            () -> liaison.viewContact(
                                    session.actor(),
                                    enterprise.enterpriseId(),
                                    reason.getValue().strip()),
                            "liaison.contact.recorded")
                    .ifPresent(done -> {
                        var contact = (EnterpriseOutcome.ContactShown) done;
                        if (contact.status() == ContactStatus.AVAILABLE) {
                            var c = contact.contact();
                            shown.setText(getTranslation(
                                    "liaison.contact.value",
                                    c.name() == null ? "—" : c.name(),
                                    c.phone() == null ? "—" : c.phone(),
                                    c.email() == null ? "—" : c.email()));
                        } else {
                            shown.setText(getTranslation(
                                    "liaison.contact." + contact.status().name().toLowerCase()));
                        }
                        reason.clear();
                    });
        });
        view.setId("contact-show");
        var box =
                new VerticalLayout(new Paragraph(getTranslation("liaison.contact.explain")), row(reason, view), shown);
        box.setPadding(false);
        return box;
    }

    private Component eraseContact(EnterpriseView enterprise) {
        var reason = new TextField(getTranslation("liaison.contact.erase-reason"));
        reason.setMaxLength(EnterpriseLimits.REASON);
        reason.setId("contact-erase-reason");
        var erase = new Button(getTranslation("liaison.contact.erase"), click -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                return;
            }
            Attempts.enterprise(
                            this,
                            () -> liaison.eraseContact(
                                    session.actor(),
                                    enterprise.enterpriseId(),
                                    reason.getValue().strip()),
                            "liaison.contact.erased-done")
                    .ifPresent(done -> {
                        Freshness.await(() -> search.enterprises(null, null).stream()
                                .anyMatch(
                                        e -> e.enterpriseId().equals(enterprise.enterpriseId()) && e.contactErased()));
                        details.removeAll();
                        refresh();
                    });
        });
        erase.addThemeVariants(ButtonVariant.LUMO_ERROR);
        erase.setId("contact-erase");
        return row(reason, erase);
    }

    private static HorizontalLayout row(Component... components) {
        var row = new HorizontalLayout(components);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liaison.enterprises.heading");
    }
}
