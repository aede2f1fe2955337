package org.onetrip.liaison.enterprise.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.onetrip.enterprise.api.EnterpriseLimits;
import org.onetrip.enterprise.api.LedgerIssue;
import org.onetrip.enterprise.application.LedgerEntry;
import org.onetrip.layout.LocalDatePicker;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.oversight.ui.CheckedForm;
import org.onetrip.projections.liaison.EnterpriseView;

/** The liaison cadre's entry in an enterprise's work ledger (工作台账) for one visit. */
public class LedgerEntryForm extends CheckedForm {

    final Select<EnterpriseView> enterprise = new Select<>();
    final DatePicker visitedOn = new LocalDatePicker();
    final TextField participants = new TextField();
    final TextArea situation = new TextArea();
    final Div issues = new Div();
    final List<LedgerIssueRow> rows = new ArrayList<>();
    final Button addIssue = new Button();
    final Button submit = new Button();

    public LedgerEntryForm(
            List<EnterpriseView> mine, LocalDate today, BiPredicate<EnterpriseView, LedgerEntry> onSubmit) {
        setId("ledger-form");
        enterprise.setLabel(getTranslation("liaison.ledger.enterprise"));
        enterprise.setItems(mine);
        enterprise.setItemLabelGenerator(e -> e == null ? "" : e.name());
        enterprise.setId("ledger-enterprise");
        if (mine.size() == 1) {
            enterprise.setValue(mine.get(0));
        }
        visitedOn.setLabel(getTranslation("liaison.visit.date"));
        visitedOn.setValue(today);
        visitedOn.setMax(today);
        visitedOn.setMin(today.minusDays(EnterpriseLimits.LATE_LOGGING_DAYS));
        visitedOn.setId("ledger-date");
        participants.setLabel(getTranslation("liaison.ledger.participants"));
        participants.setMaxLength(EnterpriseLimits.PARTICIPANTS);
        participants.setId("ledger-participants");
        situation.setLabel(getTranslation("liaison.ledger.situation"));
        situation.setMaxLength(EnterpriseLimits.SITUATION);
        situation.setId("ledger-situation");
        issues.setId("ledger-issues");
        addIssue.setText(getTranslation("liaison.ledger.add-issue"));
        addIssue.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addIssue.setId("ledger-add-issue");
        addIssue.addClickListener(click -> addRow());
        submit.setText(getTranslation("liaison.ledger.log"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("ledger-log");
        submit.addClickListener(click -> {
            boolean ok = checkChosen(enterprise)
                    & checkText(participants, false, EnterpriseLimits.PARTICIPANTS)
                    & checkText(situation, true, EnterpriseLimits.SITUATION);
            if (visitedOn.getValue() == null || visitedOn.isInvalid()) {
                ok = invalid(visitedOn, getTranslation("liaison.visit.date-range", EnterpriseLimits.LATE_LOGGING_DAYS));
            } else {
                valid(visitedOn);
            }
            var entered = new ArrayList<LedgerIssue>();
            for (var row : rows) {
                var issue = row.issue();
                if (issue == null) {
                    ok = false;
                } else {
                    entered.add(issue);
                }
            }
            if (ok
                    && onSubmit.test(
                            enterprise.getValue(),
                            new LedgerEntry(
                                    visitedOn.getValue(),
                                    Texts.blankToNull(participants.getValue()),
                                    situation.getValue().strip(),
                                    entered))) {
                participants.clear();
                situation.clear();
                rows.clear();
                issues.removeAll();
            }
        });
        add(
                new FormLayout(enterprise, visitedOn, participants, situation),
                new H3(getTranslation("liaison.ledger.issues")),
                issues,
                addIssue,
                submit);
    }

    void addRow() {
        if (rows.size() >= EnterpriseLimits.ISSUES) {
            return;
        }
        var holder = new LedgerIssueRow[1];
        holder[0] = new LedgerIssueRow(rows.size() + 1, () -> {
            rows.remove(holder[0]);
            issues.remove(holder[0]);
        });
        rows.add(holder[0]);
        issues.add(holder[0]);
    }
}
