package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.shared.Registration;
import java.util.Optional;
import java.util.function.Function;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.cases.api.PublicCaseResponse;

/**
 * What the public may see of one case, and nothing else: the allow-listed public response, laid out
 * as a timeline. Every piece of case text is set as text. The rating form appears only once answered.
 */
public class PublicCaseDetails extends VerticalLayout {

    private final RatingForm ratingForm;

    public PublicCaseDetails(PublicCaseResponse found, Function<String, String> departmentName) {
        setId("case-details");
        setPadding(false);
        var title = new H2();
        title.setId("case-title");
        title.setText(found.title());
        var status = Formats.badge(
                getTranslation("status." + found.status().name()),
                found.status() == CaseStatus.DECLINED
                        ? "error"
                        : found.status() == CaseStatus.ANSWERED
                                        || found.status() == CaseStatus.RATED
                                        || found.status() == CaseStatus.CLOSED
                                ? "success"
                                : null);
        status.setId("case-status");
        var head = new HorizontalLayout(
                status, new Span(getTranslation("public.kind." + found.kind().name())));
        if (found.category() != null) {
            head.add(new Span(
                    getTranslation("public.category." + found.category().name())));
        }
        if (found.underSupervision()) {
            head.add(Formats.badge(getTranslation("public.track.supervised"), "contrast"));
        }
        add(
                title,
                head,
                fact("public.track.code", Formats.code(found.receiptCode())),
                fact("public.track.filed", Formats.dateTime(found.filedAt())),
                fact("public.track.department", name(departmentName, found.departmentCode())),
                fact(
                        "public.track.due",
                        found.dueDate() == null
                                ? getTranslation("public.track.no-due")
                                : Formats.date(found.dueDate())));
        if (found.answer() != null) {
            var answer = Formats.text(found.answer());
            answer.setId("case-answer");
            add(new H3(getTranslation("public.track.answer")), new Div(answer));
        }
        if (found.rating() != null) {
            add(fact(
                    "public.track.rating",
                    getTranslation("public.rating." + found.rating().name())));
        }

        var timeline = new UnorderedList();
        timeline.setId("timeline");
        for (var entry : found.timeline()) {
            var item = new ListItem();
            var line = new StringBuilder(Formats.dateTime(entry.at()))
                    .append("  ")
                    .append(getTranslation("public.step." + entry.step()));
            if (entry.departmentCode() != null) {
                line.append(" · ").append(name(departmentName, entry.departmentCode()));
            }
            if (entry.toDepartmentCode() != null) {
                line.append(" → ").append(name(departmentName, entry.toDepartmentCode()));
            }
            if (entry.dueDate() != null) {
                line.append(" · ").append(getTranslation("public.track.due-by", Formats.date(entry.dueDate())));
            }
            if (entry.rating() != null) {
                line.append(" · ")
                        .append(getTranslation("public.rating." + entry.rating().name()));
            }
            item.add(new Span(line.toString()));
            if (entry.text() != null && !"ANSWERED".equals(entry.step())) {
                item.add(new Paragraph(Formats.text(entry.text())));
            }
            timeline.add(item);
        }
        add(new H3(getTranslation("public.track.timeline")), timeline);

        if (found.status() == CaseStatus.ANSWERED) {
            ratingForm = new RatingForm();
            add(ratingForm);
        } else {
            ratingForm = null;
        }
    }

    public Optional<RatingForm> ratingForm() {
        return Optional.ofNullable(ratingForm);
    }

    public Registration addRateListener(ComponentEventListener<RatingForm.RateEvent> listener) {
        return ratingForm == null ? () -> {} : ratingForm.addRateListener(listener);
    }

    private String name(Function<String, String> departmentName, String code) {
        return code == null ? getTranslation("public.track.no-department") : departmentName.apply(code);
    }

    private Div fact(String labelKey, String value) {
        var label = new Span(getTranslation(labelKey));
        label.getStyle().set("color", "var(--lumo-secondary-text-color)").set("margin-right", "0.75em");
        return new Div(label, Formats.text(value));
    }
}
