package org.onetrip.workbench.department.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.onetrip.cases.api.CaseStory;
import org.onetrip.casework.CaseHistoryList;
import org.onetrip.casework.CaseOverview;
import org.onetrip.casework.CasePages;
import org.onetrip.casework.HistoryNarrator;
import org.onetrip.layout.LiveRegion;
import org.onetrip.layout.MainLayout;
import org.onetrip.projections.cases.PublicResultId;
import org.onetrip.workbench.WorkbenchRefusal;
import org.onetrip.workbench.department.DepartmentInbox;
import org.onetrip.workbench.ui.Notices;

/**
 * One case of the handler's department: its staff timeline and what the handler can do. Another
 * department's case shows an access-denied message and nothing else; the service decides.
 */
@Route(value = "inbox/case", layout = MainLayout.class)
@RolesAllowed("HANDLER")
public class InboxCaseView extends VerticalLayout implements HasUrlParameter<String>, HasDynamicTitle {

    private final DepartmentInbox inbox;
    private final CasePages pages;
    private final HistoryNarrator narrator;
    private final H1 heading = new H1();
    private final Div overview = new Div();
    private final Paragraph feedback = new Paragraph();
    private final CaseHistoryList history = new CaseHistoryList();
    HandlerCaseActions actions;
    private String caseId;

    public InboxCaseView(DepartmentInbox inbox, CasePages pages, HistoryNarrator narrator) {
        this.inbox = inbox;
        this.pages = pages;
        this.narrator = narrator;
    }

    @Override
    public void setParameter(BeforeEvent event, String caseId) {
        this.caseId = caseId;
        build();
    }

    void build() {
        removeAll();
        heading.setText("");
        var back = new Anchor("inbox", getTranslation("workbench.inbox.back"));
        back.setId("inbox-back");
        try {
            var story = inbox.story(caseId);
            heading.setText(getTranslation(
                    "workbench.inbox.case-heading",
                    PublicResultId.of(story.state().caseId())));
            heading.getStyle().set("font-size", "var(--lumo-font-size-xl)");
            history.setId("inbox-case-history");
            feedback.setId("case-feedback");
            LiveRegion.polite(feedback);
            feedback.getStyle().set("font-weight", "600").set("color", "var(--lumo-success-text-color)");
            actions = new HandlerCaseActions(caseId, inbox.transferTargets(), inbox.maxExtensionWorkingDays());
            actions.addActionListener(action -> {
                if (Notices.attempt(
                        this,
                        () -> perform(action),
                        "casework.feedback." + action.action().caseAction())) {
                    actions.done(action.action());
                    var status = refresh();
                    feedback.setText(getTranslation(
                            "casework.feedback",
                            getTranslation(
                                    "casework.feedback." + action.action().caseAction()),
                            status));
                } else {
                    refresh();
                }
            });
            add(
                    back,
                    heading,
                    overview,
                    feedback,
                    new H2(getTranslation("workbench.inbox.actions-heading")),
                    actions,
                    new H2(getTranslation("casework.history")),
                    history);
            show(story);
        } catch (WorkbenchRefusal refusal) {
            var denied = new Paragraph(getTranslation(refusal.messageKey()));
            denied.setId("inbox-case-denied");
            add(back, new H1(getTranslation("workbench.inbox.denied-heading")), denied);
        }
    }

    /** Reads the case again from its events; answers its status in words. */
    String refresh() {
        try {
            var story = inbox.story(caseId);
            show(story);
            return getTranslation("status." + story.state().status().name());
        } catch (WorkbenchRefusal refusal) {
            Notices.refused(this, refusal);
            return "";
        }
    }

    private void show(CaseStory story) {
        overview.removeAll();
        overview.add(new CaseOverview(story, pages.flags(caseId), pages, narrator));
        history.show(narrator.narrate(story, getLocale()));
        actions.offer(inbox.actions(caseId));
    }

    private void perform(HandlerCaseActions.ActionEvent action) {
        switch (action.action()) {
            case SIGN_FOR -> inbox.signFor(action.caseId());
            case PROGRESS_NOTE -> inbox.addProgressNote(action.caseId(), action.text());
            case EXTENSION -> inbox.requestExtension(action.caseId(), action.workingDays(), action.text());
            case RETURN -> inbox.returnCase(action.caseId(), action.text());
            case PROPOSE_TRANSFER -> inbox.proposeTransfer(action.caseId(), action.toDepartmentCode(), action.text());
            case ANSWER -> inbox.answer(action.caseId(), action.text());
        }
    }

    @Override
    public String getPageTitle() {
        // the tab names the case it shows, not the list it was opened from
        return heading.getText().isBlank() ? getTranslation("workbench.inbox.heading") : heading.getText();
    }
}
