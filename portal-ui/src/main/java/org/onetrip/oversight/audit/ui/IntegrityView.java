package org.onetrip.oversight.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.onetrip.layout.MainLayout;
import org.onetrip.oversight.ui.SignedInStaff;

/**
 * The auditor runs verification of the whole event store (every chain, every published checkpoint) or of
 * one case, and reads where a chain breaks. Same roles as {@code /api/audit/integrity}.
 */
@Route(value = "audit/integrity", layout = MainLayout.class)
@RolesAllowed({"AUDITOR", "DISCIPLINE", "ADMIN"})
public class IntegrityView extends VerticalLayout implements HasDynamicTitle {

    private final IntegrityChecks checks;
    private final AuthenticationContext authentication;
    private final Button run = new Button();
    private final IntegrityReportPanel report = new IntegrityReportPanel();
    private final IntegrityReportPanel oneCase = new IntegrityReportPanel();

    public IntegrityView(IntegrityChecks checks, AuthenticationContext authentication) {
        this.checks = checks;
        this.authentication = authentication;
        run.setText(getTranslation("oversight.integrity.run"));
        run.setId("integrity-run");
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(click -> report.show(checks.verifyAll()));
        oneCase.setId("integrity-case");
        var lookup = new CaseLookupForm(this::checkCase);
        lookup.which().setId("integrity-lookup");
        lookup.find().setId("integrity-find");
        lookup.find().setText(getTranslation("oversight.integrity.case.check"));
        add(
                new H1(getTranslation("oversight.integrity.title")),
                new Paragraph(getTranslation("oversight.integrity.explanation")),
                run,
                report,
                new H2(getTranslation("oversight.integrity.case")),
                lookup,
                oneCase);
    }

    private void checkCase(String which) {
        checks.verifyCase(which, SignedInStaff.actor(authentication)).ifPresentOrElse(oneCase::show, () -> {
            oneCase.removeAll();
            oneCase.add(new Paragraph(getTranslation("oversight.audit.not-found")));
        });
    }

    public Button run() {
        return run;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oversight.integrity.title");
    }
}
