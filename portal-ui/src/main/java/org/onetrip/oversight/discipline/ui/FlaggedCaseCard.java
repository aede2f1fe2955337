package org.onetrip.oversight.discipline.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import java.util.function.Function;
import org.onetrip.casework.FlagReason;
import org.onetrip.layout.Phrases;
import org.onetrip.projections.buckpassing.BuckPassingFlag;
import org.onetrip.projections.discipline.BuckPassingReport;

/**
 * One flagged case in the ranking: its rank, score, title (as text), status and department, and each flag
 * with its reasons; the case page (one click) has the rest. No receipt code, no case or event ids.
 */
public class FlaggedCaseCard extends Div {

    public FlaggedCaseCard(int rank, BuckPassingReport.FlaggedCase flagged, Function<String, String> departmentName) {
        addClassName("oversight-flagged-case");
        getElement().setAttribute("data-case-id", flagged.caseId());
        getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("padding", "var(--lumo-space-s) var(--lumo-space-m)")
                .set("margin-bottom", "var(--lumo-space-s)");

        var title = new Span(flagged.title() == null ? "" : flagged.title());
        title.addClassName("oversight-case-title");
        title.getStyle().set("font-weight", "bold");
        var heading = new Div(
                new Span("#" + rank + " · " + getTranslation("oversight.discipline.score", flagged.score()) + " · "),
                title);
        var status = flagged.status() == null
                ? ""
                : getTranslation("status." + flagged.status().name());
        // no receipt code (the filer's credential) and no ids: the title, status and department say which case
        var meta = new Span(status + " · "
                + Phrases.labelled(
                        this,
                        getTranslation("oversight.discipline.department"),
                        departmentName.apply(flagged.departmentCode())));
        meta.getStyle().set("font-size", "var(--lumo-font-size-s)");
        var open = new Anchor("discipline/case/" + flagged.caseId(), getTranslation("oversight.discipline.open-case"));
        open.addClassName("oversight-open-case");

        var flags = new UnorderedList();
        for (var flag : flagged.flags()) {
            flags.add(flagItem(flag, departmentName));
        }
        add(heading, meta, flags, open);
    }

    private ListItem flagItem(BuckPassingFlag flag, Function<String, String> departmentName) {
        var rule = new Span(getTranslation("oversight.rule." + flag.rule().name()));
        rule.addClassName("oversight-rule");
        rule.getStyle().set("font-weight", "bold");
        var explanation = new Span(" — " + FlagReason.of(this, flag, departmentName));
        explanation.addClassName("oversight-explanation");
        var departments = new Div(new Span(Phrases.labelled(
                this,
                getTranslation("oversight.discipline.departments"),
                Phrases.listed(
                        this, flag.departments().stream().map(departmentName).toList()))));
        var events = new Div(new Span(
                getTranslation("oversight.discipline.events", flag.eventIds().size())));
        events.getStyle().set("font-size", "var(--lumo-font-size-xs)").set("color", "var(--lumo-secondary-text-color)");
        var item = new ListItem(rule, explanation, departments, events);
        item.addClassName("oversight-flag");
        return item;
    }

    private static String nullToEmpty(String value) {
        return value == null ? "" : value;
    }
}
