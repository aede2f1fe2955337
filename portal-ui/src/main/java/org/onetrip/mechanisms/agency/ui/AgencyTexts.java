package org.onetrip.mechanisms.agency.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import java.time.format.DateTimeFormatter;
import org.onetrip.agency.api.AgencyRequestResponse;
import org.onetrip.i18n.TownshipTime;

/** A request's history as sentences. */
final class AgencyTexts {

    private static final DateTimeFormatter WHEN = TownshipTime.MINUTES;

    private AgencyTexts() {}

    static Div history(
            Component source, AgencyRequestResponse request, java.util.function.UnaryOperator<String> departmentName) {
        var list = new UnorderedList();
        for (var step : request.history()) {
            var text = source.getTranslation("agency.history." + step.type());
            if (text.startsWith("!")) {
                continue;
            }
            var detail = step.detail() == null
                    ? ""
                    : step.type().equals("AgentAssignedEvent")
                            ? departmentName.apply(step.detail())
                            : detail(source, step.detail());
            list.add(new ListItem(WHEN.format(step.at()) + " " + text + (detail.isEmpty() ? "" : " · " + detail)));
        }
        list.setId("agency-history");
        var box = new Div(new H2(source.getTranslation("agency.history.heading")), list);
        return box;
    }

    /** Results and channels are names to translate; steps and materials are the staff's own words. */
    private static String detail(Component source, String detail) {
        return detail.matches("[A-Z_]+") ? source.getTranslation("agency.detail." + detail) : detail;
    }
}
