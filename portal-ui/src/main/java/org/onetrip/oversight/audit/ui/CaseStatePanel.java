package org.onetrip.oversight.audit.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import java.util.function.Function;
import org.onetrip.oversight.audit.CaseStateAsOf;

/** The replayed state of a case at the chosen instant. */
public class CaseStatePanel extends Div {

    public CaseStatePanel() {
        setId("state-as-of");
    }

    public void show(CaseStateAsOf.State state, String asOfText, Function<String, String> departmentName) {
        removeAll();
        if (!state.existed()) {
            add(line("oversight.state.none", asOfText));
            return;
        }
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
                line("oversight.state.events", state.eventsApplied(), state.lastSequence()));
    }

    private Div line(String key, Object... values) {
        var line = new Div(new Span(getTranslation(key, values)));
        line.addClassName("oversight-state-" + key.substring(key.lastIndexOf('.') + 1));
        return line;
    }
}
