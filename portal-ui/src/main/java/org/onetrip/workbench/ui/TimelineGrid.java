package org.onetrip.workbench.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import org.onetrip.cases.api.CaseTimelineResponse;

/** A case's staff timeline, one row per stored event; every cell is plain text. */
public class TimelineGrid extends Grid<CaseTimelineResponse.Entry> {

    static final DateTimeFormatter WHEN =
            DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(ZoneId.of("Asia/Shanghai"));
    static final int DETAIL_CHARS = 300;

    public TimelineGrid() {
        addColumn(CaseTimelineResponse.Entry::sequence)
                .setHeader(getTranslation("workbench.timeline.sequence"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(entry -> WHEN.format(entry.occurredAt()))
                .setHeader(getTranslation("workbench.timeline.when"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(entry -> eventLabel(entry.type()))
                .setHeader(getTranslation("workbench.timeline.event"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(entry -> actor(entry))
                .setHeader(getTranslation("workbench.timeline.who"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        addColumn(TimelineGrid::detail)
                .setHeader(getTranslation("workbench.timeline.detail"))
                .setFlexGrow(1);
        addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_WRAP_CELL_CONTENT);
        setAllRowsVisible(true);
    }

    public void show(List<CaseTimelineResponse.Entry> entries) {
        setItems(entries);
    }

    private String eventLabel(String type) {
        var simple = type == null ? "" : type.substring(type.lastIndexOf('.') + 1);
        var text = getTranslation("workbench.event." + simple);
        return text.startsWith("!") ? simple : text;
    }

    static String actor(CaseTimelineResponse.Entry entry) {
        var actor =
                entry.payload() == null ? null : entry.payload().path("context").path("actor");
        if (actor == null || actor.isMissingNode() || actor.isNull()) {
            return "";
        }
        var department = actor.path("departmentCode").asText("");
        return actor.path("personId").asText("") + (department.isEmpty() ? "" : " (" + department + ")");
    }

    static String detail(CaseTimelineResponse.Entry entry) {
        var payload = entry.payload();
        if (payload == null) {
            return "";
        }
        var parts = new StringBuilder();
        for (var field : List.of(
                "title",
                "reason",
                "note",
                "answer",
                "toDepartmentCode",
                "departmentCode",
                "workingDays",
                "remark",
                "comment",
                "rating",
                "primaryCaseId",
                "dueDate",
                "newDueDate",
                "shown")) {
            var value = payload.get(field);
            if (value != null && !value.isNull() && !value.isContainerNode()) {
                if (!parts.isEmpty()) {
                    parts.append(" · ");
                }
                parts.append(field).append(": ").append(value.asText());
            }
        }
        var text = parts.toString();
        return text.length() > DETAIL_CHARS ? text.substring(0, DETAIL_CHARS) + "…" : text;
    }
}
