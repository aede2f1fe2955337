package org.onetrip.editorial.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;
import org.onetrip.disclosure.api.AssessmentResponse;
import org.onetrip.disclosure.api.BulletinFigures;
import org.onetrip.editorial.Editorial;
import org.onetrip.editorial.EditorialRefusal;
import org.onetrip.layout.MainLayout;

/**
 * The annual performance assessment (绩效考核) as a screen: the weights it used, the inputs that make it
 * reproducible, and for each department how its score is made up (the weighted rates, then each
 * deduction as count × points). Staff only; it is computed on request and never published.
 */
@Route(value = "editor/assessment", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "HANDLER", "DISCIPLINE", "AUDITOR", "ADMIN"})
public class AssessmentView extends VerticalLayout implements HasDynamicTitle {

    private final Editorial editorial;
    private final Div result = new Div();

    public AssessmentView(Editorial editorial) {
        this.editorial = editorial;
        setMaxWidth("1200px");
        var thisYear = editorial.today().getYear();
        var year = new Select<Integer>();
        year.setId("assessment-year");
        year.setLabel(getTranslation("editor.assessment.year"));
        year.setItems(IntStream.rangeClosed(thisYear - 4, thisYear)
                .boxed()
                .sorted((a, b) -> b - a)
                .toList());
        year.setItemLabelGenerator(y -> getTranslation("editor.assessment.year-label", String.valueOf(y)));
        year.setValue(thisYear);
        year.addValueChangeListener(event -> show(event.getValue()));
        result.setWidthFull();
        add(
                new H1(getTranslation("editor.assessment.title")),
                new Paragraph(getTranslation("editor.assessment.explanation")),
                year,
                result);
        show(thisYear);
    }

    void show(int year) {
        result.removeAll();
        AssessmentResponse assessment;
        try {
            assessment = editorial.assessment(year);
        } catch (EditorialRefusal refusal) {
            result.add(new Paragraph(getTranslation(refusal.key())));
            return;
        }
        var inputs = new Paragraph(getTranslation(
                "editor.assessment.inputs",
                Tables.dateTime(assessment.periodStart()),
                Tables.dateTime(assessment.cutOff()),
                String.valueOf(assessment.lastEventPosition()),
                String.valueOf(assessment.calendarVersion())));
        inputs.setId("assessment-inputs");
        result.add(inputs, new H2(getTranslation("editor.assessment.weights")), weights(assessment));
        result.add(new H2(getTranslation("editor.assessment.scores")), scores(assessment));
        result.add(new Paragraph(getTranslation("editor.assessment.formula")));
    }

    private com.vaadin.flow.component.Component weights(AssessmentResponse assessment) {
        var table = Tables.table(
                "assessment-weights",
                List.of(getTranslation("editor.assessment.weight"), getTranslation("editor.assessment.value")));
        assessment
                .weights()
                .forEach((key, value) -> Tables.row(
                        table, List.of(getTranslation("editor.weight." + key), BulletinFigures.number(value))));
        return Tables.scrolling(table);
    }

    private com.vaadin.flow.component.Component scores(AssessmentResponse assessment) {
        var table = Tables.table(
                "assessment-scores",
                List.of(
                        getTranslation("editor.assessment.department"),
                        getTranslation("editor.assessment.score"),
                        getTranslation("editor.assessment.on-time-rate"),
                        getTranslation("editor.assessment.satisfaction-rate"),
                        getTranslation("editor.assessment.base"),
                        getTranslation("editor.assessment.deductions"),
                        getTranslation("editor.assessment.made-up")));
        var weights = assessment.weights();
        Locale locale = getLocale();
        var rows = new ArrayList<>(assessment.departments());
        rows.sort((a, b) -> Double.compare(a.score(), b.score()));
        for (var score : rows) {
            var figures = score.figures();
            var parts = new ArrayList<String>();
            parts.add(
                    score.base() == null
                            ? getTranslation("editor.assessment.no-rates")
                            : getTranslation("editor.assessment.base-part", BulletinFigures.number(score.base())));
            editorial.deductionCounts(figures, score.liaisonVisits()).forEach((key, count) -> {
                if (count > 0) {
                    parts.add(getTranslation(
                            "editor.assessment.deduction-part",
                            getTranslation("editor.deduction." + key),
                            String.valueOf(count),
                            BulletinFigures.number(weights.get(key))));
                }
            });
            var row = Tables.row(
                    table,
                    List.of(
                            editorial.departmentName(score.departmentCode(), locale),
                            BulletinFigures.number(score.score()),
                            percent(figures.onTimeRate()),
                            percent(figures.satisfactionRate()),
                            score.base() == null ? "—" : BulletinFigures.number(score.base()),
                            BulletinFigures.number(score.deductions())));
            Tables.sentenceCell(row, String.join(" ", parts) + " = " + BulletinFigures.number(score.score()));
        }
        return Tables.scrolling(table);
    }

    private static String percent(Double rate) {
        return rate == null ? "—" : BulletinFigures.number(rate) + "%";
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.assessment.title");
    }
}
