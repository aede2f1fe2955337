package org.onetrip.oversight.audit.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Optional;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.cases.api.CaseTimelineResponse;
import org.onetrip.casework.CaseHistoryList;
import org.onetrip.casework.HistoryNarrator;
import org.onetrip.layout.LocalDateTimePicker;
import org.onetrip.layout.MainLayout;
import org.onetrip.oversight.ui.EventTimeline;
import org.onetrip.oversight.ui.SignedInStaff;
import org.onetrip.projections.support.SearchUnavailableException;

/**
 * The auditor's read-only view of any case: its history as sentences, every stored event with its raw
 * data behind a "原始事件" disclosure (closed until opened), and the case's state as of a chosen date and
 * time (township time), replayed from those events.
 */
@Route(value = "audit", layout = MainLayout.class)
@RolesAllowed({"AUDITOR", "DISCIPLINE", "ADMIN"})
public class AuditView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private static final DateTimeFormatter SHOWN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private final Clock clock;
    private final AuditService service;
    private final AuthenticationContext authentication;
    private final Paragraph summary = new Paragraph();
    private final DateTimePicker asOf = new LocalDateTimePicker();
    private final Button replay = new Button();
    private final CaseStatePanel state = new CaseStatePanel();
    private final EventTimeline timeline = new EventTimeline();
    private final CaseHistoryList history = new CaseHistoryList();
    private final Details rawEvents = new Details();
    private final Paragraph caseId = new Paragraph();
    private final HistoryNarrator narrator;
    private final VerticalLayout result = new VerticalLayout();
    private CaseTimelineResponse shown;

    public AuditView(
            AuditService service, AuthenticationContext authentication, HistoryNarrator narrator, Clock clock) {
        this.service = service;
        this.clock = clock;
        this.authentication = authentication;
        this.narrator = narrator;
        summary.setId("audit-summary");
        timeline.setId("audit-timeline");
        history.setId("audit-history");
        // the stored events as stored, for whoever verifies them; closed, the history reads as sentences
        rawEvents.setId("audit-raw-events");
        rawEvents.setSummaryText(getTranslation("oversight.audit.raw-events"));
        caseId.setId("audit-case-id");
        rawEvents.add(caseId, timeline);
        rawEvents.setOpened(false);
        rawEvents.setWidthFull();
        asOf.setLabel(getTranslation("oversight.audit.as-of"));
        asOf.setHelperText(getTranslation("oversight.audit.as-of.help"));
        asOf.setStep(java.time.Duration.ofSeconds(1));
        asOf.setId("audit-as-of");
        replay.setText(getTranslation("oversight.audit.replay"));
        replay.setId("audit-replay");
        replay.addClickListener(click -> showState());
        asOf.addValueChangeListener(change -> showState());
        var asOfRow = new HorizontalLayout(asOf, replay);
        asOfRow.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        result.setPadding(false);
        result.add(
                summary,
                new H2(getTranslation("oversight.audit.state")),
                asOfRow,
                state,
                new H2(getTranslation("casework.history")),
                history,
                rawEvents);
        result.setVisible(false);
        add(
                new H1(getTranslation("oversight.audit.title")),
                new Paragraph(getTranslation("oversight.audit.explanation")),
                new CaseLookupForm(this::lookUp),
                result);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        var requested = parameters.getOrDefault("case", java.util.List.of());
        if (!requested.isEmpty() && requested.get(0).length() <= CaseLookupForm.MAX_LENGTH) {
            lookUp(requested.get(0));
        }
        // ?at=2026-03-02T10:15:00 (Shanghai time) makes a state-as-of view a link an auditor can share
        var at = parameters.getOrDefault("at", java.util.List.of());
        if (shown != null && !at.isEmpty()) {
            try {
                asOf.setValue(LocalDateTime.parse(at.get(0)).withNano(0));
                showState();
            } catch (java.time.format.DateTimeParseException ignored) {
                Notification.show(getTranslation("oversight.audit.bad-instant"));
            }
        }
    }

    private void lookUp(String which) {
        Optional<CaseTimelineResponse> found;
        String absent = "oversight.audit.not-found";
        try {
            found = service.find(which, SignedInStaff.actor(authentication));
        } catch (SearchUnavailableException unavailable) {
            // only the index maps a case number to its case; a receipt code or the stream id still work
            found = Optional.empty();
            absent = "oversight.audit.number-needs-search";
        }
        if (found.isEmpty()) {
            shown = null;
            result.setVisible(true);
            summary.setText(getTranslation(absent));
            state.removeAll();
            timeline.removeAll();
            history.show(java.util.List.of());
            return;
        }
        shown = found.get();
        result.setVisible(true);
        // no receipt code (the filer's credential); the case id only with the raw events it keys
        summary.setText(getTranslation(
                "oversight.case.summary",
                getTranslation("status." + shown.status().name()),
                shown.events().size()));
        caseId.setText(getTranslation("oversight.audit.case-id", shown.caseId()));
        timeline.show(shown.events());
        rawEvents.setOpened(false);
        history.show(service.story(shown.caseId(), SignedInStaff.actor(authentication))
                .map(story -> narrator.narrate(story, getLocale()))
                .orElse(java.util.List.of()));
        asOf.setValue(LocalDateTime.now(clock.withZone(WorkingDays.ZONE)).withNano(0));
        showState();
    }

    private void showState() {
        if (shown == null || asOf.getValue() == null) {
            return;
        }
        var instant = asOf.getValue().atZone(WorkingDays.ZONE).toInstant();
        service.stateAsOf(shown.caseId(), instant)
                .ifPresent(replayed -> state.show(
                        replayed, SHOWN.format(asOf.getValue()), code -> service.departmentName(code, getLocale())));
    }

    @Override
    public String getPageTitle() {
        return getTranslation("oversight.audit.title");
    }
}
