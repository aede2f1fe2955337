package org.onetrip.workbench.department.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.format.DateTimeFormatter;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.RowOpening;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.workbench.WorkbenchRefusal;
import org.onetrip.workbench.department.DepartmentInbox;
import org.onetrip.workbench.ui.DeadlineBadge;
import org.onetrip.workbench.ui.Notices;

/** 承办单位收件箱: the signed-in handler's department's cases, due first, with deadline badges. */
@Route(value = "inbox", layout = MainLayout.class)
@RolesAllowed("HANDLER")
public class InboxView extends VerticalLayout implements HasDynamicTitle {

    private final DepartmentInbox inbox;
    final Grid<Hit> cases = new Grid<>();

    public InboxView(DepartmentInbox inbox) {
        this.inbox = inbox;
        cases.setId("inbox-cases");
        cases.setEmptyStateText(getTranslation("grid.empty.inbox"));
        cases.addColumn(hit -> hit.caseNumber())
                .setHeader(getTranslation("workbench.grid.case-number"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        cases.addColumn(Hit::title)
                .setHeader(getTranslation("workbench.grid.title"))
                .setFlexGrow(1);
        cases.addColumn(hit -> getTranslation("status." + hit.status().name()))
                .setHeader(getTranslation("workbench.grid.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        cases.addColumn(hit -> hit.dueDate() == null ? "" : DateTimeFormatter.ISO_LOCAL_DATE.format(hit.dueDate()))
                .setHeader(getTranslation("workbench.grid.due"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        cases.addComponentColumn(hit -> new DeadlineBadge(hit.deadlineStatus()))
                .setHeader(getTranslation("workbench.grid.deadline"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        cases.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        RowOpening.byClickOrKey(cases, row -> getUI().ifPresent(ui -> ui.navigate(InboxCaseView.class, row.caseId())));
        var refresh = new Button(getTranslation("workbench.refresh"), click -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setId("inbox-refresh");
        add(
                new H1(getTranslation("workbench.inbox.heading")),
                new Paragraph(getTranslation("workbench.inbox.explanation")),
                refresh,
                cases);
        refresh();
    }

    void refresh() {
        try {
            cases.setItems(inbox.inbox());
        } catch (WorkbenchRefusal refusal) {
            Notices.refused(this, refusal);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("workbench.inbox.heading");
    }
}
