package org.onetrip.oversight.discipline.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.onetrip.layout.MainLayout;
import org.onetrip.oversight.OversightRefusal;
import org.onetrip.oversight.ui.EventTimeline;
import org.onetrip.oversight.ui.Notices;
import org.onetrip.oversight.ui.SignedInStaff;
import org.onetrip.shared.api.Actor;
import org.onetrip.workbench.contact.ContactViews;
import org.onetrip.workbench.contact.ui.ContactPanel;

/** One case for the discipline office: its full timeline, supervision and accountability. */
@Route(value = "discipline/case", layout = MainLayout.class)
@RolesAllowed("DISCIPLINE")
public class DisciplineCaseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final DisciplineService service;
    private final AuthenticationContext authentication;
    private final ContactViews contacts;
    private final Paragraph summary = new Paragraph();
    private final EventTimeline timeline = new EventTimeline();
    private final VerticalLayout actions = new VerticalLayout();
    private String caseId;

    public DisciplineCaseView(DisciplineService service, AuthenticationContext authentication, ContactViews contacts) {
        this.service = service;
        this.authentication = authentication;
        this.contacts = contacts;
        summary.setId("case-summary");
        timeline.setId("case-timeline");
        actions.setPadding(false);
        add(
                new Anchor("discipline", getTranslation("oversight.discipline.back")),
                new H2(getTranslation("oversight.case.title")),
                summary,
                actions,
                new H3(getTranslation("oversight.case.timeline")),
                timeline);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        caseId = parameter;
        actions.removeAll();
        if (!refresh()) {
            return;
        }
        actions.add(
                new H3(getTranslation("oversight.supervision.title")),
                new SupervisionForm(
                        "open-supervision",
                        "oversight.supervision.reason",
                        "oversight.supervision.open",
                        true,
                        reason -> act(
                                () -> service.openSupervision(caseId, reason, actor()),
                                "oversight.supervision.opened")),
                new SupervisionForm(
                        "conclude-supervision",
                        "oversight.supervision.conclusion",
                        "oversight.supervision.conclude",
                        false,
                        conclusion -> act(
                                () -> service.concludeSupervision(caseId, conclusion, actor()),
                                "oversight.supervision.concluded")),
                new H3(getTranslation("oversight.accountability.title")),
                new AccountabilityForm(
                        service.departments(),
                        input -> act(
                                () -> service.recordAccountability(caseId, input, actor()),
                                "oversight.accountability.recorded")));
        var contact = new ContactPanel(contacts::view, this::refresh);
        contact.show(caseId);
        actions.add(contact);
    }

    private boolean refresh() {
        var found = service.timeline(caseId, actor());
        if (found.isEmpty()) {
            summary.setText(getTranslation("oversight.case.unknown"));
            timeline.removeAll();
            return false;
        }
        var response = found.get();
        summary.setText(getTranslation(
                "oversight.case.summary",
                response.receiptCode(),
                response.caseId(),
                getTranslation("status." + response.status().name()),
                response.events().size()));
        timeline.show(response.events());
        return true;
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.done(this, doneKey);
            refresh();
        } catch (OversightRefusal refusal) {
            Notices.refused(this, refusal);
        }
    }

    private Actor actor() {
        return SignedInStaff.actor(authentication);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oversight.case.title");
    }
}
