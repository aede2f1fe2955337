package org.onetrip.liaison.discipline.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;
import org.onetrip.cases.api.ConflictOfInterest;
import org.onetrip.cases.application.ConflictOfInterestDesk;
import org.onetrip.layout.Freshness;
import org.onetrip.layout.MainLayout;
import org.onetrip.liaison.ui.Attempts;
import org.onetrip.liaison.ui.StaffSession;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.oversight.discipline.ui.DisciplineCaseView;
import org.onetrip.projections.allegations.AllegationQueue;
import org.onetrip.projections.allegations.AllegationQueue.Entry;
import org.onetrip.projections.allegations.AllegationQueue.State;

/**
 * 纪委办的举报队列: complaints accusing staff (推诿扯皮, 违规办理, 服务态度) from the moment they are filed
 * (四.四.3), and the desk's requests for a conflict-of-interest decision. The office records its review
 * of an allegation, or opens supervision on the case's page, and decides with a reason whether the
 * department complained about may handle a case itself.
 */
@Route(value = "discipline/allegations", layout = MainLayout.class)
@RolesAllowed("DISCIPLINE")
public class AllegationsView extends VerticalLayout implements HasDynamicTitle {

    static final int EXCERPT = 300;

    private final AllegationQueue queue;
    private final ConflictOfInterestDesk desk;
    private final StaffSession session;
    private final DepartmentDirectory departments;
    final Paragraph counts = new Paragraph();
    final Checkbox waitingOnly = new Checkbox();
    final Div entries = new Div();

    public AllegationsView(
            AllegationQueue queue, ConflictOfInterestDesk desk, StaffSession session, DepartmentDirectory departments) {
        this.queue = queue;
        this.desk = desk;
        this.session = session;
        this.departments = departments;
        counts.setId("allegation-counts");
        waitingOnly.setLabel(getTranslation("liaison.allegations.waiting-only"));
        waitingOnly.setValue(true);
        waitingOnly.setId("allegations-waiting-only");
        waitingOnly.addValueChangeListener(change -> refresh());
        entries.setId("allegations");
        entries.setWidthFull();
        add(
                new H1(getTranslation("liaison.allegations.heading")),
                new Paragraph(getTranslation("liaison.allegations.explanation")),
                counts,
                waitingOnly,
                entries);
        refresh();
    }

    void refresh() {
        entries.removeAll();
        Attempts.run(this, () -> queue.queue(waitingOnly.getValue())).ifPresent(response -> {
            var c = response.counts();
            counts.setText(getTranslation(
                    "liaison.allegations.counts",
                    c.get(State.DECISION_REQUESTED),
                    c.get(State.NEW),
                    c.get(State.UNDER_SUPERVISION),
                    c.get(State.REVIEWED)
                            + c.get(State.SUPERVISION_CONCLUDED)
                            + c.get(State.DECIDED)
                            + c.get(State.MERGED)));
            if (response.entries().isEmpty()) {
                entries.add(new Paragraph(getTranslation("liaison.allegations.none")));
            }
            response.entries().forEach(entry -> entries.add(card(entry)));
        });
    }

    private Component card(Entry entry) {
        var a = entry.allegation();
        var card = new VerticalLayout();
        card.addClassName("allegation");
        card.getElement().setAttribute("data-case", a.caseId);
        card.setPadding(true);
        card.getStyle()
                .set("border", "1px solid var(--lumo-contrast-20pct)")
                .set("border-radius", "var(--lumo-border-radius-m)")
                .set("margin-bottom", "var(--lumo-space-m)");
        var state = new Span(
                getTranslation("liaison.allegations.state." + entry.state().name()));
        state.getElement().getThemeList().add(entry.state().needsAttention() ? "badge error" : "badge success");
        state.addClassName("allegation-state");
        var title = new H2(a.title);
        title.getStyle().set("margin", "0").set("font-size", "var(--lumo-font-size-l)");
        var heading = new HorizontalLayout(title, state);
        heading.setAlignItems(FlexComponent.Alignment.BASELINE);
        card.add(heading);
        var facts = getTranslation(
                "liaison.allegations.facts",
                getTranslation("oversight.kind." + a.kind.name()),
                getTranslation("public.category." + a.category.name()),
                a.concernedDepartmentCode == null
                        ? getTranslation("liaison.allegations.no-department")
                        : departments.name(a.concernedDepartmentCode, getLocale()),
                Texts.time(a.filedAt),
                entry.progress() == null || entry.progress().status() == null
                        ? "—"
                        : getTranslation("status." + entry.progress().status().name()),
                entry.progress() == null || entry.progress().departmentCode() == null
                        ? "—"
                        : departments.name(entry.progress().departmentCode(), getLocale()));
        card.add(new Span(facts));
        var text = a.description == null ? "" : a.description;
        card.add(new Paragraph(text.length() > EXCERPT ? text.substring(0, EXCERPT) + "…" : text));
        if (a.decisionPending) {
            card.add(new Paragraph(getTranslation(
                    "liaison.allegations.requested", Texts.time(a.decisionRequestedAt), a.decisionRequestReason)));
        } else if (a.decidedAt != null) {
            card.add(new Paragraph(getTranslation(
                    Boolean.TRUE.equals(a.permitted) ? "liaison.allegations.permitted" : "liaison.allegations.refused",
                    Texts.time(a.decidedAt),
                    a.decisionReason)));
        }
        for (var review : a.reviews) {
            card.add(new Paragraph(
                    getTranslation("liaison.allegations.reviewed", Texts.time(review.at()), review.finding())));
        }
        if (ConflictOfInterest.applies(a.kind, a.category, a.concernedDepartmentCode)) {
            card.add(decision(entry));
        }
        if (a.accusesStaff) {
            card.add(review(entry));
        }
        card.add(new RouterLink(getTranslation("liaison.allegations.open-case"), DisciplineCaseView.class, a.caseId));
        return card;
    }

    private Component decision(Entry entry) {
        var a = entry.allegation();
        // a later decision replaces an earlier one: once decided, the form offers a change, not the same question
        var reason = new TextField(getTranslation(
                a.decidedAt == null ? "liaison.allegations.decision-reason" : "liaison.allegations.decision-change",
                departments.name(a.concernedDepartmentCode, getLocale())));
        reason.setMaxLength(2000);
        reason.setWidth("28em");
        reason.addClassName("decision-reason");
        var permit = new Button(getTranslation("liaison.allegations.permit"), click -> decide(entry, reason, true));
        permit.addClassName("decision-permit");
        var refuse = new Button(getTranslation("liaison.allegations.refuse"), click -> decide(entry, reason, false));
        refuse.addThemeVariants(ButtonVariant.LUMO_ERROR);
        refuse.addClassName("decision-refuse");
        var row = new HorizontalLayout(reason, permit, refuse);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private void decide(Entry entry, TextField reason, boolean permitted) {
        if (reason.getValue().isBlank()) {
            reason.setInvalid(true);
            reason.setErrorMessage(getTranslation("oversight.field.required"));
            return;
        }
        var before = entry.allegation().sequence;
        if (Attempts.caseCommand(
                this,
                () -> desk.decide(
                        session.actor(),
                        entry.allegation().caseId,
                        permitted,
                        reason.getValue().strip()),
                "liaison.allegations.decided")) {
            awaitChange(entry.allegation().caseId, before);
        }
    }

    private Component review(Entry entry) {
        var finding = new TextField(getTranslation("liaison.allegations.finding"));
        finding.setMaxLength(2000);
        finding.setWidth("28em");
        finding.addClassName("review-finding");
        var record = new Button(getTranslation("liaison.allegations.review"), click -> {
            if (finding.getValue().isBlank()) {
                finding.setInvalid(true);
                finding.setErrorMessage(getTranslation("oversight.field.required"));
                return;
            }
            var before = entry.allegation().sequence;
            if (Attempts.caseCommand(
                    this,
                    () -> desk.reviewAllegation(
                            session.actor(),
                            entry.allegation().caseId,
                            finding.getValue().strip()),
                    "liaison.allegations.review-recorded")) {
                awaitChange(entry.allegation().caseId, before);
            }
        });
        record.addClassName("review-record");
        var row = new HorizontalLayout(finding, record);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        return row;
    }

    private void awaitChange(String caseId, long before) {
        Freshness.await(() -> queue.queue(false).entries().stream()
                .anyMatch(e -> e.allegation().caseId.equals(caseId) && e.allegation().sequence > before));
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liaison.allegations.heading");
    }
}
