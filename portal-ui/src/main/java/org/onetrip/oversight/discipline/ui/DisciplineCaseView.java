package org.onetrip.oversight.discipline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import org.onetrip.cases.api.AccountabilityRecordedEvent;
import org.onetrip.cases.api.AllowedActions;
import org.onetrip.cases.api.CaseAction;
import org.onetrip.cases.api.SupervisionConcludedEvent;
import org.onetrip.cases.api.SupervisionOpenedEvent;
import org.onetrip.casework.CaseHistoryList;
import org.onetrip.casework.CaseOverview;
import org.onetrip.casework.CasePages;
import org.onetrip.casework.HistoryNarrator;
import org.onetrip.layout.MainLayout;
import org.onetrip.oversight.OversightRefusal;
import org.onetrip.oversight.ui.Notices;
import org.onetrip.oversight.ui.SignedInStaff;
import org.onetrip.projections.cases.PublicResultId;
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
    private final CasePages pages;
    private final HistoryNarrator narrator;
    private final Div overview = new Div();
    private final Paragraph summary = new Paragraph();
    private final CaseHistoryList records = new CaseHistoryList();
    private final CaseHistoryList timeline = new CaseHistoryList();
    private final VerticalLayout actions = new VerticalLayout();
    private SupervisionForm openForm;
    private SupervisionForm concludeForm;
    private AccountabilityForm accountabilityForm;
    private String caseId;

    public DisciplineCaseView(
            DisciplineService service,
            AuthenticationContext authentication,
            ContactViews contacts,
            CasePages pages,
            HistoryNarrator narrator) {
        this.service = service;
        this.authentication = authentication;
        this.contacts = contacts;
        this.pages = pages;
        this.narrator = narrator;
        summary.setId("case-summary");
        records.setId("case-supervision-records");
        timeline.setId("case-timeline");
        overview.setWidthFull();
        actions.setPadding(false);
        add(
                new Anchor("discipline", getTranslation("oversight.discipline.back")),
                summary,
                overview,
                new H3(getTranslation("oversight.case.records")),
                records,
                actions,
                new H3(getTranslation("casework.history")),
                timeline);
    }

    @Override
    public void setParameter(BeforeEvent event, String parameter) {
        caseId = parameter;
        actions.removeAll();
        if (!refresh()) {
            return;
        }
        openForm = new SupervisionForm(
                "open-supervision",
                "oversight.supervision.reason",
                "oversight.supervision.open",
                true,
                reason -> act(() -> service.openSupervision(caseId, reason, actor()), "oversight.supervision.opened"));
        concludeForm = new SupervisionForm(
                "conclude-supervision",
                "oversight.supervision.conclusion",
                "oversight.supervision.conclude",
                false,
                conclusion -> act(
                        () -> service.concludeSupervision(caseId, conclusion, actor()),
                        "oversight.supervision.concluded"));
        accountabilityForm = new AccountabilityForm(
                service.departments(),
                input -> act(
                        () -> service.recordAccountability(caseId, input, actor()),
                        "oversight.accountability.recorded"));
        actions.add(
                new H3(getTranslation("oversight.supervision.title")),
                openForm,
                concludeForm,
                new H3(getTranslation("oversight.accountability.title")),
                accountabilityForm);
        offer();
        var contact = new ContactPanel(contacts::view, this::refresh);
        contact.show(caseId);
        actions.add(contact);
    }

    private boolean refresh() {
        var found = service.story(caseId, actor());
        overview.removeAll();
        if (found.isEmpty()) {
            summary.setText(getTranslation("oversight.case.unknown"));
            records.removeAll();
            timeline.removeAll();
            return false;
        }
        var story = found.get();
        summary.setText(getTranslation(
                "oversight.case.heading", PublicResultId.of(story.state().caseId())));
        overview.add(new CaseOverview(story, pages.flags(caseId), pages, narrator));
        var lines = narrator.narrate(story, getLocale());
        var supervision = new ArrayList<HistoryNarrator.Line>();
        for (int i = 0; i < lines.size(); i++) {
            var event = story.entries().get(i).event();
            if (event instanceof SupervisionOpenedEvent
                    || event instanceof SupervisionConcludedEvent
                    || event instanceof AccountabilityRecordedEvent) {
                supervision.add(lines.get(i));
            }
        }
        records.show(supervision);
        if (supervision.isEmpty()) {
            var none = new Span(getTranslation("oversight.case.no-records"));
            none.getStyle().set("color", "var(--lumo-secondary-text-color)");
            records.add(none);
        }
        timeline.show(lines);
        return true;
    }

    /** The forms as the case allows them now: a submit the case would refuse is disabled, the reason on hover. */
    private void offer() {
        if (openForm == null) {
            return;
        }
        var allowed = service.actions(caseId, actor()).orElse(null);
        offer(openForm, openForm.submit(), allowed, CaseAction.OPEN_SUPERVISION);
        offer(concludeForm, concludeForm.submit(), allowed, CaseAction.CONCLUDE_SUPERVISION);
        offer(accountabilityForm, accountabilityForm.submit(), allowed, CaseAction.RECORD_ACCOUNTABILITY);
    }

    private void offer(Component form, Button submit, AllowedActions allowed, CaseAction action) {
        var refusal = allowed == null ? null : allowed.refusal(action).orElse(null);
        submit.setEnabled(allowed != null && refusal == null);
        if (refusal == null) {
            form.getElement().removeAttribute("title");
        } else {
            form.getElement()
                    .setAttribute(
                            "title",
                            getTranslation("casework.not-now", getTranslation("oversight.refusal." + refusal.name())));
        }
    }

    private void act(Runnable action, String doneKey) {
        try {
            action.run();
            Notices.done(this, doneKey);
            refresh();
            offer();
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
