package org.onetrip.liaison.grid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BiPredicate;
import org.onetrip.grid.api.FoundIssue;
import org.onetrip.grid.api.GridLimits;
import org.onetrip.grid.application.VisitReport;
import org.onetrip.layout.LocalDatePicker;
import org.onetrip.layout.Phrases;
import org.onetrip.layout.Presses;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.api.Department;
import org.onetrip.oversight.ui.CheckedForm;
import org.onetrip.projections.liaison.GridDocument;

/** A cadre's report of one visit (下访) to one of their grids, with the issues found. */
public class VisitForm extends CheckedForm {

    final Select<GridDocument> grid = new Select<>();
    final DatePicker visitedOn = new LocalDatePicker();
    final TextField place = new TextField();
    final IntegerField households = new IntegerField();
    final IntegerField enterprises = new IntegerField();
    final TextField visitedWho = new TextField();
    final TextArea note = new TextArea();
    final Div issues = new Div();
    final List<IssueRow> rows = new ArrayList<>();
    final Button addIssue = new Button();
    final Button submit = new Button();
    private final List<Department> departments;

    public VisitForm(
            List<GridDocument> myGrids,
            LocalDate today,
            List<Department> departments,
            BiPredicate<String, VisitReport> onSubmit) {
        this.departments = departments;
        setId("visit-form");
        grid.setLabel(getTranslation("liaison.visit.grid"));
        grid.setItems(myGrids);
        grid.setItemLabelGenerator(g -> g == null ? "" : Phrases.qualified(this, g.name, g.gridId));
        grid.setId("visit-grid");
        if (myGrids.size() == 1) {
            grid.setValue(myGrids.get(0));
        }
        visitedOn.setLabel(getTranslation("liaison.visit.date"));
        visitedOn.setValue(today);
        visitedOn.setMax(today);
        visitedOn.setMin(today.minusDays(GridLimits.LATE_LOGGING_DAYS));
        visitedOn.setId("visit-date");
        place.setLabel(getTranslation("liaison.visit.place"));
        place.setMaxLength(GridLimits.PLACE);
        place.setId("visit-place");
        households.setLabel(getTranslation("liaison.visit.households"));
        households.setMin(0);
        households.setMax(GridLimits.MAX_HOUSEHOLDS);
        households.setValue(0);
        households.setStepButtonsVisible(true);
        households.setId("visit-households");
        enterprises.setLabel(getTranslation("liaison.visit.enterprises"));
        enterprises.setMin(0);
        enterprises.setMax(GridLimits.MAX_ENTERPRISES);
        enterprises.setValue(0);
        enterprises.setStepButtonsVisible(true);
        enterprises.setId("visit-enterprises");
        visitedWho.setLabel(getTranslation("liaison.visit.who"));
        visitedWho.setMaxLength(GridLimits.VISITED_WHO);
        visitedWho.setId("visit-who");
        note.setLabel(getTranslation("liaison.visit.note"));
        note.setMaxLength(GridLimits.NOTE);
        note.setId("visit-note");
        issues.setId("visit-issues");
        addIssue.setText(getTranslation("liaison.issue.add"));
        addIssue.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        addIssue.setId("visit-add-issue");
        addIssue.addClickListener(click -> addRow());
        submit.setText(getTranslation("liaison.visit.log"));
        submit.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        submit.setId("visit-log");
        submit.addClickListener(Presses.once(() -> {
            var report = report();
            if (report != null && onSubmit.test(grid.getValue().gridId, report)) {
                clear();
            }
        }));
        add(
                new FormLayout(grid, visitedOn, place, households, enterprises, visitedWho, note),
                new H3(getTranslation("liaison.issue.heading")),
                issues,
                addIssue,
                submit);
    }

    void addRow() {
        if (rows.size() >= GridLimits.ISSUES) {
            return;
        }
        var holder = new IssueRow[1];
        holder[0] = new IssueRow(rows.size() + 1, departments, () -> {
            rows.remove(holder[0]);
            issues.remove(holder[0]);
        });
        rows.add(holder[0]);
        issues.add(holder[0]);
    }

    /** The report as entered, or null after marking what is wrong. */
    VisitReport report() {
        boolean ok = checkChosen(grid)
                & checkText(place, true, GridLimits.PLACE)
                & checkText(visitedWho, false, GridLimits.VISITED_WHO)
                & checkText(note, false, GridLimits.NOTE);
        var day = visitedOn.getValue();
        if (day == null || visitedOn.isInvalid()) {
            ok = invalid(visitedOn, getTranslation("liaison.visit.date-range", GridLimits.LATE_LOGGING_DAYS));
        } else {
            valid(visitedOn);
        }
        int homes = households.getValue() == null ? -1 : households.getValue();
        int firms = enterprises.getValue() == null ? -1 : enterprises.getValue();
        if (homes < 0
                || homes > GridLimits.MAX_HOUSEHOLDS
                || firms < 0
                || firms > GridLimits.MAX_ENTERPRISES
                || homes + firms == 0) {
            ok = invalid(households, getTranslation("liaison.visit.called-on"));
        } else {
            valid(households);
        }
        var found = new ArrayList<FoundIssue>();
        for (var row : rows) {
            var issue = row.issue();
            if (issue == null) {
                ok = false;
            } else {
                found.add(issue);
            }
        }
        if (!ok) {
            return null;
        }
        return new VisitReport(
                day,
                place.getValue().strip(),
                homes,
                firms,
                Texts.blankToNull(visitedWho.getValue()),
                Texts.blankToNull(note.getValue()),
                found);
    }

    void clear() {
        place.clear();
        households.setValue(0);
        enterprises.setValue(0);
        visitedWho.clear();
        note.clear();
        rows.clear();
        issues.removeAll();
    }
}
