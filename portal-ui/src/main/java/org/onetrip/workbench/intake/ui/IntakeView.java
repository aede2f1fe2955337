package org.onetrip.workbench.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.onetrip.layout.MainLayout;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.workbench.WorkbenchRefusal;
import org.onetrip.workbench.intake.IntakeDesk;
import org.onetrip.workbench.ui.DeadlineBadge;
import org.onetrip.workbench.ui.Notices;

/**
 * 便民服务中心: register cases from other channels, then accept, decline, assign, merge, reopen or close;
 * and decide the departments' transfer proposals.
 */
@Route(value = "intake", layout = MainLayout.class)
@RolesAllowed("INTAKE")
public class IntakeView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter FILED = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));

    private final IntakeDesk desk;
    final RegistrationForm form;
    final Grid<Hit> awaiting = new Grid<>();
    final IntakeCaseActions actions;
    final Span receipt = new Span();
    final TransferProposals transferProposals;

    public IntakeView(IntakeDesk desk) {
        this.desk = desk;
        var departments = desk.departments();
        form = new RegistrationForm(departments);
        actions = new IntakeCaseActions(departments);
        transferProposals = new TransferProposals(departments);
        receipt.setId("registration-receipt");

        awaiting.setId("intake-awaiting");
        awaiting.addColumn(Hit::receiptCode).setHeader(getTranslation("workbench.grid.receipt")).setAutoWidth(true)
                .setFlexGrow(0);
        awaiting.addColumn(Hit::title).setHeader(getTranslation("workbench.grid.title")).setFlexGrow(1);
        awaiting.addColumn(hit -> getTranslation("status." + hit.status().name()))
                .setHeader(getTranslation("workbench.grid.status")).setAutoWidth(true).setFlexGrow(0);
        awaiting.addColumn(hit -> hit.channel() == null ? "" : getTranslation("workbench.channel." + hit.channel().name()))
                .setHeader(getTranslation("workbench.grid.channel")).setAutoWidth(true).setFlexGrow(0);
        awaiting.addColumn(hit -> hit.filedAt() == null ? "" : FILED.format(hit.filedAt()))
                .setHeader(getTranslation("workbench.grid.filed")).setAutoWidth(true).setFlexGrow(0);
        awaiting.addComponentColumn(hit -> new DeadlineBadge(hit.deadlineStatus()))
                .setHeader(getTranslation("workbench.grid.deadline")).setAutoWidth(true).setFlexGrow(0);
        awaiting.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        awaiting.setHeight("24em");
        awaiting.asSingleSelect().addValueChangeListener(change -> select(change.getValue()));

        form.addSubmitListener(submit -> {
            try {
                var filed = desk.register(submit.registration());
                receipt.setText(getTranslation("workbench.intake.registered", filed.receiptCode()));
                form.clear();
                refresh();
            } catch (WorkbenchRefusal refusal) {
                Notices.refused(this, refusal);
            }
        });
        actions.addActionListener(event -> {
            boolean done = Notices.attempt(this, () -> perform(event), "workbench.done");
            if (done) {
                refresh();
            }
        });

        transferProposals.addDecisionListener(event -> {
            if (Notices.attempt(this, () -> decide(event), "workbench.done")) {
                refresh();
            }
        });
        transferProposals.addFilterListener(event -> refreshProposals());

        var refresh = new Button(getTranslation("workbench.refresh"), click -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setId("intake-refresh");
        add(new H1(getTranslation("workbench.intake.heading")),
                new H2(getTranslation("workbench.intake.register-heading")), form, receipt,
                new H2(getTranslation("workbench.intake.awaiting-heading")), refresh, awaiting, actions,
                new H2(getTranslation("workbench.intake.proposals-heading")), transferProposals);
        refresh();
    }

    private void perform(IntakeCaseActions.ActionEvent event) {
        switch (event.action()) {
            case ACCEPT -> desk.accept(event.caseId(), event.text());
            case DECLINE -> desk.decline(event.caseId(), event.text());
            case ASSIGN -> desk.assign(event.caseId(), event.departmentCode(), event.deadlineResetReason());
            case MERGE -> desk.merge(event.caseId(), event.primaryCaseId(), event.text());
            case REOPEN -> desk.reopen(event.caseId(), event.text());
            case CLOSE -> desk.close(event.caseId(), event.text());
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
        List<Hit> duplicates = hit == null ? List.of() : desk.likelyDuplicates(hit.caseId(), hit.title());
        actions.show(hit, duplicates);
    }

    void refresh() {
        try {
            awaiting.setItems(desk.awaitingIntake());
        } catch (WorkbenchRefusal refusal) {
            Notices.refused(this, refusal);
        }
        actions.show(null, List.of());
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
