package org.onetrip.workbench.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.tabs.Tab;
import com.vaadin.flow.component.tabs.Tabs;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.ReceiptCode;
import org.onetrip.casework.CaseHistoryList;
import org.onetrip.casework.CaseOverview;
import org.onetrip.casework.CasePages;
import org.onetrip.casework.HistoryNarrator;
import org.onetrip.i18n.TownshipTime;
import org.onetrip.layout.Freshness;
import org.onetrip.layout.LiveRegion;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.RowOpening;
import org.onetrip.layout.Scrolling;
import org.onetrip.liaison.intake.ConflictOfInterestWarning;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.workbench.WorkbenchRefusal;
import org.onetrip.workbench.contact.ContactViews;
import org.onetrip.workbench.contact.ui.ContactPanel;
import org.onetrip.workbench.intake.IntakeDesk;
import org.onetrip.workbench.ui.DeadlineBadge;
import org.onetrip.workbench.ui.Notices;

/**
 * 便民服务中心: register cases from other channels, then accept, decline, assign, merge, reopen or close;
 * and decide the departments' transfer proposals.
 */
@Route(value = "intake", layout = MainLayout.class)
@RolesAllowed("INTAKE")
public class IntakeView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    static final DateTimeFormatter FILED = TownshipTime.MINUTES;

    private final IntakeDesk desk;
    final RegistrationForm form;
    final Grid<Hit> awaiting = new Grid<>();
    final IntakeCaseActions actions;
    final PhoneRating rating = new PhoneRating();
    final ContactPanel contact;
    final Div caseDetail = new Div();
    final CaseHistoryList timeline = new CaseHistoryList();
    final Div selectedOnly = new Div();
    private final CasePages pages;
    private final HistoryNarrator narrator;
    final ExtensionRequests extensions;
    final Span receipt = new Span();
    final Paragraph feedback = new Paragraph();
    private boolean keepSelection;
    final TransferProposals transferProposals;
    final Tabs queues = new Tabs();
    private final java.util.Map<IntakeDesk.Queue, Tab> queueTabs = new java.util.EnumMap<>(IntakeDesk.Queue.class);
    private IntakeDesk.Queue shownQueue = IntakeDesk.Queue.ALL;

    final ConflictOfInterestWarning conflict;

    public IntakeView(
            IntakeDesk desk,
            ContactViews contacts,
            CasePages pages,
            HistoryNarrator narrator,
            ConflictOfInterestWarning conflict) {
        this.conflict = conflict;
        this.desk = desk;
        this.pages = pages;
        this.narrator = narrator;
        caseDetail.setId("intake-case-detail");
        feedback.setId("case-feedback");
        LiveRegion.polite(feedback);
        feedback.getStyle().set("font-weight", "600").set("color", "var(--lumo-success-text-color)");
        caseDetail.setWidthFull();
        var departments = desk.departments();
        form = new RegistrationForm(departments);
        actions = new IntakeCaseActions(departments);
        // warned before it tries: the selected case and the department about to be chosen, under the choice
        var assignRow = actions.department.getParent().orElseThrow();
        actions.addComponentAtIndex(actions.indexOf(assignRow) + 1, conflict);
        actions.department.addValueChangeListener(change -> conflict.check(
                actions.selected() == null ? null : actions.selected().caseId(),
                change.getValue() == null ? null : change.getValue().code()));
        transferProposals = new TransferProposals(departments);
        contact = new ContactPanel(contacts::view, this::showTimeline);
        extensions = new ExtensionRequests(code -> desk.departmentName(code, getLocale()), desk::extendedDeadline);
        receipt.setId("registration-receipt");
        timeline.setId("intake-case-timeline");

        awaiting.setId("intake-awaiting");

        awaiting.setEmptyStateText(getTranslation("grid.empty.queue"));
        awaiting.addColumn(Hit::caseNumber)
                .setHeader(getTranslation("workbench.grid.case-number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        awaiting.addColumn(Hit::title)
                .setHeader(getTranslation("workbench.grid.title"))
                .setFlexGrow(1);
        awaiting.addColumn(hit -> getTranslation("status." + hit.status().name()))
                .setHeader(getTranslation("workbench.grid.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        awaiting.addColumn(hit -> hit.channel() == null
                        ? ""
                        : getTranslation("workbench.channel." + hit.channel().name()))
                .setHeader(getTranslation("workbench.grid.channel"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        awaiting.addColumn(hit -> hit.filedAt() == null ? "" : FILED.format(hit.filedAt()))
                .setHeader(getTranslation("workbench.grid.filed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        awaiting.addComponentColumn(hit -> new DeadlineBadge(hit.deadlineStatus()))
                .setHeader(getTranslation("workbench.grid.deadline"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        awaiting.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        awaiting.setHeight("32em");
        awaiting.asSingleSelect().addValueChangeListener(change -> {
            select(change.getValue());
            if (change.isFromClient() && change.getValue() != null) {
                Scrolling.intoViewIfBelow(caseDetail);
            }
        });
        RowOpening.byClickOrKey(awaiting, awaiting::select);

        form.addSubmitListener(submit -> {
            try {
                var filed = desk.register(submit.registration());
                receipt.setText(getTranslation("workbench.intake.registered", ReceiptCode.shown(filed.receiptCode())));
                form.clear();
                Freshness.await(() -> desk.searchShows(filed.caseId(), CaseStatus.FILED));
                refresh();
            } catch (WorkbenchRefusal refusal) {
                Notices.refused(this, refusal);
            }
        });
        actions.addActionListener(event -> {
            var what = "casework.feedback." + event.action().caseAction();
            if (Notices.attempt(this, () -> perform(event), what)) {
                actions.done(event.action());
                var status = showTimeline();
                feedback.setText(getTranslation(
                        "casework.feedback",
                        getTranslation(what),
                        status == null ? "" : getTranslation("status." + status.name())));
                if (status != null) {
                    awaitListed(event.caseId(), status);
                }
                refreshLists();
            } else {
                showTimeline();
            }
        });

        transferProposals.addDecisionListener(event -> {
            if (Notices.attempt(this, () -> decide(event), "workbench.done")) {
                refresh();
            }
        });
        transferProposals.addFilterListener(event -> refreshProposals());
        rating.addRecordListener(record -> {
            if (Notices.attempt(
                    this,
                    () -> desk.recordRating(record.caseId(), record.channel(), record.rating(), record.comment()),
                    "workbench.rating.recorded")) {
                refresh();
            }
        });
        extensions.addDecisionListener(this::decide);

        var refresh = new Button(getTranslation("workbench.refresh"), click -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setId("intake-refresh");
        queues.setId("intake-queues");
        for (var queue : IntakeDesk.Queue.values()) {
            var tab = new Tab();
            tab.setId("intake-queue-"
                    + queue.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'));
            queueTabs.put(queue, tab);
            queues.add(tab);
        }
        queues.addSelectedChangeListener(change -> {
            shownQueue = queueTabs.entrySet().stream()
                    .filter(entry -> entry.getValue().equals(change.getSelectedTab()))
                    .map(java.util.Map.Entry::getKey)
                    .findFirst()
                    .orElse(IntakeDesk.Queue.ALL);
            refresh();
        });
        var queueColumn =
                new Div(new H2(getTranslation("workbench.intake.awaiting-heading")), queues, refresh, awaiting);
        queueColumn.setId("intake-queue-column");
        queueColumn.getStyle().set("flex", "1 1 360px").set("min-width", "0");
        selectedOnly.setId("intake-selected-only");
        var caseColumn = new Div(caseDetail, feedback, actions, selectedOnly);
        selectedOnly.add(
                new H3(getTranslation("casework.history")),
                timeline,
                new H3(getTranslation("workbench.rating.heading")),
                rating,
                contact);
        caseColumn.setId("intake-case-column");
        caseColumn.getStyle().set("flex", "2 1 480px").set("min-width", "0");
        var work = new Div(queueColumn, caseColumn);
        work.setId("intake-work");
        work.setWidthFull();
        work.getStyle().set("display", "flex").set("flex-wrap", "wrap").set("gap", "var(--lumo-space-l)");
        add(
                new H1(getTranslation("workbench.intake.heading")),
                work,
                new H2(getTranslation("workbench.intake.register-heading")),
                form,
                receipt,
                new H2(getTranslation("workbench.extension.heading")),
                extensions,
                new H2(getTranslation("workbench.intake.proposals-heading")),
                transferProposals);
        refresh();
    }

    /** {@code ?case=<id>} (from the search screen) opens the desk with that case selected. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var requested = event.getLocation().getQueryParameters().getSingleParameter("case");
        if (requested.isEmpty() || requested.get().length() > 64) {
            return;
        }
        try {
            desk.find(requested.get()).ifPresent(hit -> {
                var listed = awaiting.getListDataView()
                        .getItems()
                        .filter(item -> item.caseId().equals(hit.caseId()))
                        .findFirst();
                if (listed.isPresent()) {
                    awaiting.select(listed.get());
                } else {
                    select(hit);
                }
            });
        } catch (WorkbenchRefusal refusal) {
            Notices.refused(this, refusal);
        }
    }

    private void decide(ExtensionRequests.DecisionEvent event) {
        var request = event.request();
        try {
            if (event.decision() == ExtensionRequests.Decision.APPROVE) {
                var due = desk.approveExtension(request.caseId(), event.text());
                extensions.said(getTranslation("workbench.extension.approved", request.caseNumber(), due.toString()));
            } else {
                desk.denyExtension(request.caseId(), event.text());
                extensions.said(getTranslation("workbench.extension.denied", request.caseNumber()));
            }
            Notices.done(this, "workbench.done");
            refresh();
            // the search projection follows the decision a moment later: leave the decided request out meanwhile
            extensions.show(desk.extensionRequests().stream()
                    .filter(pending -> !pending.caseId().equals(request.caseId()))
                    .toList());
        } catch (WorkbenchRefusal refusal) {
            Notices.refused(this, refusal);
        }
    }

    private void perform(IntakeCaseActions.ActionEvent event) {
        switch (event.action()) {
            case ACCEPT -> desk.accept(event.caseId(), event.text());
            case DECLINE -> desk.decline(event.caseId(), event.text());
            case ASSIGN -> desk.assign(event.caseId(), event.departmentCode(), event.deadlineResetReason());
            case MERGE -> desk.merge(event.caseId(), event.primaryCaseId(), event.text());
            case REOPEN -> desk.reopen(event.caseId(), event.text());
            case CLOSE -> desk.close(event.caseId(), event.text());
            case WITHHOLD_RESULT -> desk.withholdResult(event.caseId(), event.text());
            case REPUBLISH_RESULT -> desk.republishResult(event.caseId(), event.text());
        }
    }

    private void decide(TransferProposals.DecisionEvent event) {
        if (event.decision() == TransferProposals.Decision.APPROVE) {
            desk.approveTransfer(event.caseId());
        } else {
            desk.rejectTransfer(event.caseId(), event.reason());
        }
    }

    private void select(Hit hit) {
        if (hit == null && actions.selected() != null && keepSelection) {
            return;
        }
        feedback.setText("");
        // with no case chosen, the history, rating and contact sections would be empty headings
        selectedOnly.setVisible(hit != null);
        List<Hit> duplicates = hit == null ? List.of() : desk.likelyDuplicates(hit.caseId(), hit.title());
        actions.show(hit, duplicates);
        conflict.check(hit == null ? null : hit.caseId(), null);
        rating.show(hit);
        contact.show(hit == null ? null : hit.caseId());
        showTimeline();
    }

    /**
     * The selected case from its events (never the search index, which lags): what it says, where it
     * stands, its history and the actions it allows now. Answers its status, or null when none is selected
     * or it cannot be read.
     */
    private CaseStatus showTimeline() {
        var hit = actions.selected();
        caseDetail.removeAll();
        try {
            if (hit == null) {
                timeline.show(List.of());
                actions.offer(null);
                return null;
            }
            var story = desk.story(hit.caseId());
            caseDetail.add(new CaseOverview(story, pages.flags(hit.caseId()), pages, narrator));
            timeline.show(narrator.narrate(story, getLocale()));
            actions.offer(desk.actions(hit.caseId()));
            return story.state().status();
        } catch (WorkbenchRefusal refusal) {
            Notices.refused(this, refusal);
            return null;
        }
    }

    /**
     * The lists read the search side, which follows a command a moment later: wait, briefly, until it shows the case
     * in the status its events give, then show the selected case's fresh copy (its deadline, its number).
     */
    private void awaitListed(String caseId, CaseStatus status) {
        try {
            Freshness.await(() -> desk.searchShows(caseId, status));
            desk.find(caseId).ifPresent(actions::refreshed);
        } catch (WorkbenchRefusal refusal) {
            Notices.refused(this, refusal);
        }
    }

    /** The lists again, the selected case staying selected even when it has left them. */
    private void refreshLists() {
        keepSelection = true;
        try {
            showQueue();
            extensions.show(desk.extensionRequests());
        } catch (WorkbenchRefusal refusal) {
            Notices.refused(this, refusal);
        } finally {
            keepSelection = false;
        }
        refreshProposals();
    }

    /** The chosen queue's cases, and every queue's size on its tab. */
    private void showQueue() {
        awaiting.setItems(desk.queue(shownQueue));
        var sizes = desk.queueSizes();
        queueTabs.forEach((queue, tab) -> tab.setLabel(getTranslation(
                "workbench.queue."
                        + queue.name().toLowerCase(java.util.Locale.ROOT).replace('_', '-'),
                sizes.getOrDefault(queue, 0L))));
    }

    void refresh() {
        try {
            showQueue();
            extensions.show(desk.extensionRequests());
        } catch (WorkbenchRefusal refusal) {
            Notices.refused(this, refusal);
        }
        select(null);
        refreshProposals();
    }

    void refreshProposals() {
        try {
            transferProposals.show(desk.transferProposals(transferProposals.fromDepartmentCode()));
        } catch (WorkbenchRefusal refusal) {
            Notices.refused(this, refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workbench.intake.heading");
    }
}
