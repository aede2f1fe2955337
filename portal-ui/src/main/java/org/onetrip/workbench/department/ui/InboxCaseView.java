package org.onetrip.workbench.department.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEvent;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.casework.CaseHistoryList;
import org.onetrip.casework.CaseOverview;
import org.onetrip.casework.CasePages;
import org.onetrip.casework.HistoryNarrator;
import org.onetrip.layout.MainLayout;
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
    private String caseId;

    public InboxCaseView(DepartmentInbox inbox, CasePages pages, HistoryNarrator narrator) {
        this.inbox = inbox;
        this.pages = pages;
        this.narrator = narrator;
    }

    @Override
    public void setParameter(BeforeEvent event, String caseId) {
        this.caseId = caseId;
        show();
    }

    void show() {
        removeAll();
        var back = new Anchor("inbox", getTranslation("workbench.inbox.back"));
        back.setId("inbox-back");
        try {
            var story = inbox.story(caseId);
            var title = new H1(getTranslation(
                    "workbench.inbox.case-heading",
                    ReceiptCode.shown(story.state().receiptCode())));
            title.getStyle().set("font-size", "var(--lumo-font-size-xl)");
            var overview = new CaseOverview(story, pages.flags(caseId), pages, narrator);
            var history = new CaseHistoryList();
            history.setId("inbox-case-history");
            history.show(narrator.narrate(story, getLocale()));
            var targets = inbox.transferTargets();
            var actions = new HandlerCaseActions(caseId, targets, inbox.maxExtensionWorkingDays());
            var pending = inbox.pendingTransfer(caseId);
            actions.transferProposalPending(pending.isPresent());
            actions.addActionListener(action -> {
                if (Notices.attempt(this, () -> perform(action), "workbench.done")) {
                    show();
                }
            });
            add(back, title, overview);
            add(
                    new H2(getTranslation("workbench.inbox.actions-heading")),
                    actions,
                    new H2(getTranslation("casework.history")),
                    history);
        } catch (WorkbenchRefusal refusal) {
            var denied = new Paragraph(getTranslation(refusal.messageKey()));
            denied.setId("inbox-case-denied");
            add(back, new H1(getTranslation("workbench.inbox.denied-heading")), denied);
        }
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
        return getTranslation("workbench.inbox.heading");
    }
}
