package org.onetrip.casework;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.List;

/** A case's history as sentences, oldest first; every part is set as text, so nothing a case holds runs. */
public class CaseHistoryList extends Div {

    public CaseHistoryList() {
        addClassName("case-history");
        getStyle().set("display", "flex").set("flex-direction", "column").set("gap", "var(--lumo-space-xs)");
    }

    public void show(List<HistoryNarrator.Line> lines) {
        removeAll();
        for (var line : lines) {
            var when = new Span(line.when());
            when.getStyle()
                    .set("color", "var(--lumo-secondary-text-color)")
                    .set("min-width", "8.5em")
                    .set("flex-shrink", "0");
            var who = new Span(line.who());
            who.getStyle().set("font-weight", "600").set("flex-shrink", "0");
            var what = new Span(line.what());
            what.getStyle().set("white-space", "pre-wrap").set("word-break", "break-word");
            var row = new Div(when, who, what);
            row.addClassName("case-history-line");
            row.getElement().setAttribute("data-sequence", Long.toString(line.sequence()));
            row.getStyle()
                    .set("display", "flex")
                    .set("gap", "var(--lumo-space-s)")
                    .set("flex-wrap", "wrap");
            if (line.refusal()) {
                row.addClassName("refused");
                row.getStyle().set("color", "var(--lumo-secondary-text-color)").set("font-style", "italic");
            }
            add(row);
        }
    }
}
