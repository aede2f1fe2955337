package org.onetrip.oversight.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseTimelineResponse;

/**
 * A case's events as stored: sequence, type, time (township time), actor and the raw payload,
 * pretty-printed. Everything is set as text, so whatever a case contains is shown, never run.
 */
public class EventTimeline extends VerticalLayout {

    private static final DateTimeFormatter TIME =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss.SSS").withZone(WorkingDays.ZONE);

    public EventTimeline() {
        setPadding(false);
        setSpacing(false);
        addClassName("oversight-timeline");
    }

    public void show(List<CaseTimelineResponse.Entry> entries) {
        removeAll();
        for (var entry : entries) {
            add(row(entry));
        }
    }

    private Div row(CaseTimelineResponse.Entry entry) {
        var heading = new Div(
                labelled("oversight.timeline.sequence", Long.toString(entry.sequence())),
                labelled("oversight.timeline.type", entry.type()),
                labelled("oversight.timeline.time", format(entry.occurredAt())),
                labelled("oversight.timeline.actor", actor(entry.payload())),
                labelled("oversight.timeline.event-id", entry.eventId()));
        heading.getStyle()
                .set("display", "flex")
                .set("flex-wrap", "wrap")
                .set("gap", "var(--lumo-space-m)")
                .set("font-size", "var(--lumo-font-size-s)");
        var payload = new Pre(entry.payload() == null ? "" : entry.payload().toPrettyString());
        payload.addClassName("oversight-payload");
        payload.getStyle()
                .set("white-space", "pre-wrap")
                .set("word-break", "break-all")
                .set("margin", "0")
                .set("font-size", "var(--lumo-font-size-xs)");
        var row = new Div(heading, payload);
        row.addClassName("oversight-event");
        row.getElement().setAttribute("data-sequence", Long.toString(entry.sequence()));
        row.getStyle()
                .set("border-bottom", "1px solid var(--lumo-contrast-10pct)")
                .set("padding", "var(--lumo-space-s) 0")
                .set("width", "100%");
        return row;
    }

    private Span labelled(String key, String value) {
        var span = new Span(getTranslation(key) + ": " + (value == null ? "" : value));
        return span;
    }

    static String format(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }

    /** "person (ROLE, department)" from the event's context. */
    static String actor(JsonNode payload) {
        var actor = payload == null ? null : payload.path("context").path("actor");
        if (actor == null || actor.isMissingNode() || actor.isNull()) {
            return "";
        }
        var department = actor.path("departmentCode");
        return actor.path("personId").asText("") + " (" + actor.path("role").asText("")
                + (department.isMissingNode() || department.isNull() ? "" : ", " + department.asText()) + ")";
    }
}
