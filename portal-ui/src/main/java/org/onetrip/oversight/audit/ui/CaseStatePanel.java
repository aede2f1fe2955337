package org.onetrip.oversight.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import org.onetrip.audit.api.CaseAsOfResponse;

/** The replayed state of a case at the chosen instant. */
public class CaseStatePanel extends Div {

    public CaseStatePanel() {
        setId("state-as-of");
    }

    public void show(CaseAsOfResponse asOf, String asOfText, Function<String, String> departmentName) {
        removeAll();
        if (asOf.events().isEmpty()) {
            add(line("oversight.state.none", asOfText));
            return;
        }
        var state = asOf.state();
        add(
                line("oversight.state.as-of", asOfText),
                line(
                        "oversight.state.status",
                        getTranslation("status." + state.status().name())),
                line(
                        "oversight.state.department",
                        state.departmentCode() == null
                                ? getTranslation("oversight.state.no-department")
                                : departmentName.apply(state.departmentCode())),
                line(
                        "oversight.state.due-date",
                        state.dueDate() == null ? "–" : state.dueDate().toString()),
                line("oversight.state.returns", state.returns()),
                line("oversight.state.transfers", state.transfers()),
                line(
                        "oversight.state.supervision",
                        getTranslation(
                                state.supervisionOpen()
                                        ? "oversight.state.supervision.open"
                                        : "oversight.state.supervision.none")),
                line("oversight.state.events", asOf.events().size(), asOf.version()));
    }

    private Div line(String key, Object... values) {
        var line = new Div(new Span(getTranslation(key, values)));
        line.addClassName("oversight-state-" + key.substring(key.lastIndexOf('.') + 1));
        return line;
    }
}
