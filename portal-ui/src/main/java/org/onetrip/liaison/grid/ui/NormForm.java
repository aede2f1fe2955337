package org.onetrip.liaison.grid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Predicate;
import org.onetrip.grid.api.GridLimits;
import org.onetrip.grid.api.GridVisitNormsResponse;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.oversight.ui.CheckedForm;

/** The visit norm's history, and (for 党政办) a new norm from a coming month. */
public class NormForm extends CheckedForm {

    public record NewNorm(int visits, YearMonth from, String reason) {}

    final Grid<GridVisitNormsResponse.Entry> history = new Grid<>();
    final IntegerField visits = new IntegerField();
    final Select<YearMonth> from = new Select<>();
    final TextField reason = new TextField();
    final Button submit = new Button();

    public NormForm(YearMonth thisMonth, boolean mayChange, Predicate<NewNorm> onSubmit) {
        setId("norm-form");
        history.setId("norm-history");
        history.addColumn(GridVisitNormsResponse.Entry::visitsPerCadrePerMonth)
                .setHeader(getTranslation("liaison.norm.visits"))
                .setAutoWidth(true);
        history.addColumn(entry -> entry.effectiveFrom() == null
                        ? getTranslation("liaison.norm.always")
                        : entry.effectiveFrom().toString())
                .setHeader(getTranslation("liaison.norm.from"))
                .setAutoWidth(true);
        history.addColumn(entry -> Texts.time(entry.setAt()))
                .setHeader(getTranslation("liaison.norm.set-at"))
                .setAutoWidth(true);
        history.addColumn(GridVisitNormsResponse.Entry::reason)
                .setHeader(getTranslation("liaison.reason"))
                .setFlexGrow(1);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        add(history);
        if (!mayChange) {
            return;
        }
        visits.setLabel(getTranslation("liaison.norm.visits"));
        visits.setMin(GridLimits.MIN_VISITS_PER_MONTH);
        visits.setMax(GridLimits.MAX_VISITS_PER_MONTH);
        visits.setStepButtonsVisible(true);
        visits.setValue(1);
        visits.setId("norm-visits");
        var months = new ArrayList<YearMonth>();
        for (int i = 1; i <= 12; i++) {
            months.add(thisMonth.plusMonths(i));
        }
        from.setLabel(getTranslation("liaison.norm.from"));
        from.setItems(months);
        from.setValue(months.get(0));
        from.setId("norm-from");
        reason.setLabel(getTranslation("liaison.reason"));
        reason.setMaxLength(GridLimits.REASON);
        reason.setId("norm-reason");
        submit.setText(getTranslation("liaison.norm.set"));
        submit.setId("norm-set");
        submit.addClickListener(click -> {
            var value = visits.getValue();
            if (value == null || value < GridLimits.MIN_VISITS_PER_MONTH || value > GridLimits.MAX_VISITS_PER_MONTH) {
                invalid(visits, getTranslation("liaison.norm.range"));
                return;
            }
            valid(visits);
            if (checkText(reason, true, GridLimits.REASON)
                    && onSubmit.test(new NewNorm(
                            value, from.getValue(), reason.getValue().strip()))) {
                reason.clear();
            }
        });
        var row = new HorizontalLayout(visits, from, reason, submit);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        add(row);
    }

    public void show(List<GridVisitNormsResponse.Entry> norms) {
        history.setItems(norms);
    }
}
