package org.onetrip.casework;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.cases.api.CaseStory;
import org.onetrip.projections.buckpassing.BuckPassingFlag;

/**
 * The top of every staff case page: the complaint itself first (title and text), then what the reader
 * needs to act on it — who filed (as far as the reader may know), kind, category, service item, channel,
 * holding department, status, due date with working days left, waiting requests and flags with reasons.
 */
public class CaseOverview extends VerticalLayout {

    public CaseOverview(CaseStory story, List<BuckPassingFlag> flags, CasePages pages, HistoryNarrator narrator) {
        setPadding(false);
        setSpacing(false);
        setId("case-overview");
        var locale = getLocale();
        var filing = story.filing();
        var state = story.state();
        var title = new H2(filing.title());
        title.setId("case-title");
        title.getStyle().set("margin-top", "0");

        var status = new Span(getTranslation("status." + state.status().name()));
        status.getElement().getThemeList().add("badge" + (state.status().isFinal() ? " contrast" : ""));
        status.setId("case-status");
        var badges = new Div(
                status,
                badge(getTranslation("workbench.kind." + filing.kind().name())),
                badge(
                        filing.category() == null
                                ? null
                                : getTranslation("workbench.category."
                                        + filing.category().name())));
        badges.getStyle()
                .set("display", "flex")
                .set("gap", "var(--lumo-space-s)")
                .set("flex-wrap", "wrap");

        var text = new Div(filing.description() == null ? "" : filing.description());
        text.setId("case-complaint");
        text.getStyle()
                .set("white-space", "pre-wrap")
                .set("word-break", "break-word")
                .set("font-size", "var(--lumo-font-size-l)")
                .set("background", "var(--lumo-contrast-5pct)")
                .set("border-left", "4px solid var(--lumo-primary-color)")
                .set("padding", "var(--lumo-space-m)")
                .set("margin", "var(--lumo-space-s) 0")
                .set("max-width", "60em");

        var facts = new Div();
        facts.setId("case-facts");
        facts.getStyle()
                .set("display", "grid")
                .set("grid-template-columns", "max-content 1fr")
                .set("column-gap", "var(--lumo-space-m)")
                .set("row-gap", "var(--lumo-space-xs)");
        fact(
                facts,
                "casework.filer",
                getTranslation(filing.anonymous() ? "casework.filer.anonymous" : "casework.filer.named"));
        fact(
                facts,
                "casework.filed",
                getTranslation(
                        "casework.filed.value",
                        DateTimeFormatter.ofPattern(getTranslation("history.date-pattern"), locale)
                                .withZone(WorkingDayCalendar.ZONE)
                                .format(filing.filedAt()),
                        getTranslation("workbench.channel." + filing.channel().name())));
        if (filing.serviceItemCode() != null) {
            fact(facts, "casework.service-item", pages.serviceItemName(filing.serviceItemCode()));
        }
        if (filing.concernedDepartmentCode() != null) {
            fact(facts, "casework.concerned", narrator.department(filing.concernedDepartmentCode(), locale));
        }
        fact(facts, "casework.department", narrator.department(state.departmentCode(), locale));
        fact(facts, "casework.due", due(story, pages, narrator, locale));
        if (state.pendingExtension() != null) {
            fact(
                    facts,
                    "casework.pending-extension",
                    getTranslation(
                            "casework.pending-extension.value",
                            state.pendingExtension().workingDays(),
                            state.pendingExtension().reason()));
        }
        if (state.pendingTransfer() != null) {
            fact(
                    facts,
                    "casework.pending-transfer",
                    getTranslation(
                            "casework.pending-transfer.value",
                            narrator.department(state.pendingTransfer().toDepartmentCode(), locale),
                            state.pendingTransfer().reason()));
        }
        if (state.supervisionOpen()) {
            fact(facts, "casework.supervision", getTranslation("casework.supervision.open"));
        }
        if (state.resultWithheld()) {
            fact(facts, "casework.publication", getTranslation("casework.publication.withheld"));
        }
        add(title, badges, text, facts);

        if (!flags.isEmpty()) {
            var list = new UnorderedList();
            list.setId("case-flags");
            for (var flag : flags) {
                var item = new ListItem(
                        getTranslation("oversight.rule." + flag.rule().name()) + " — "
                                + FlagReason.of(this, flag, code -> narrator.department(code, locale)));
                list.add(item);
            }
            var heading = new Paragraph(getTranslation("casework.flags"));
            heading.getStyle()
                    .set("font-weight", "600")
                    .set("color", "var(--lumo-error-text-color)")
                    .set("margin", "var(--lumo-space-s) 0 0");
            add(heading, list);
        }
    }

    private String due(CaseStory story, CasePages pages, HistoryNarrator narrator, Locale locale) {
        var due = story.state().dueDate();
        if (due == null) {
            return getTranslation("casework.due.none");
        }
        var date = narrator.date(due, locale);
        if (story.state().status().isFinal()) {
            return date;
        }
        if (story.state().answered()) {
            return getTranslation("casework.due.answered", date);
        }
        int left = pages.workingDaysLeft(due);
        if (left < 0) {
            return getTranslation("casework.due.overdue", date, -left);
        }
        return left == 0 ? getTranslation("casework.due.today", date) : getTranslation("casework.due.left", date, left);
    }

    private void fact(Div facts, String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)");
        var text = new Span(value == null ? "" : value);
        text.addClassName(labelKey.replace('.', '-'));
        facts.add(label, text);
    }

    private static Component badge(String text) {
        var badge = new Span(text == null ? "" : text);
        badge.getElement().getThemeList().add("badge contrast");
        badge.setVisible(text != null);
        return badge;
    }
}
