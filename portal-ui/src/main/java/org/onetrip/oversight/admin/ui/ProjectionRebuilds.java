package org.onetrip.oversight.admin.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent.Alignment;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.onetrip.calendar.api.WorkingDayCalendar;
import org.onetrip.oversight.OversightRefusal;
import org.onetrip.oversight.ui.Notices;
import org.onetrip.projections.support.ProjectionReplayer.ReplayStatus;
import org.onetrip.shared.api.Actor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The projections on the administrator's page: for each, its last rebuild as the cluster recorded it (state, who
 * asked, how far as a percentage and a bar, events per second, time left) and which instance processes each segment;
 * below, the instances sharing the database. While a rebuild runs the page asks the server every second.
 */
class ProjectionRebuilds extends VerticalLayout {

    private static final Logger log = LoggerFactory.getLogger(ProjectionRebuilds.class);
    private static final ZoneId ZONE = WorkingDayCalendar.ZONE;
    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    static final int POLL_MILLIS = 1000;
    /** The failure last logged for each projection, so that every page open or poll does not log it again. */
    private static final Map<String, String> FAILURES_LOGGED = new ConcurrentHashMap<>();

    private final AdminService service;
    private final Supplier<Actor> actor;
    private final Map<String, Row> rows = new HashMap<>();
    private final Div instances = new Div();
    private Registration polling;

    ProjectionRebuilds(AdminService service, Supplier<Actor> actor) {
        this.service = service;
        this.actor = actor;
        setPadding(false);
        for (var projection : service.projections()) {
            var row = new Row(projection);
            rows.put(projection, row);
            add(row.layout);
        }
        instances.setId("cluster-instances");
        add(new H2(getTranslation("oversight.admin.projections.instances")), instances);
        refresh();
    }

    @Override
    protected void onAttach(AttachEvent attach) {
        polling = attach.getUI().addPollListener(poll -> refresh());
        keepPolling(attach.getUI());
    }

    @Override
    protected void onDetach(DetachEvent detach) {
        if (polling != null) {
            polling.remove();
            polling = null;
        }
        detach.getUI().setPollInterval(-1);
    }

    final void refresh() {
        rows.values().forEach(Row::show);
        instances.removeAll();
        var here = service.thisInstance();
        for (var instance : service.instances()) {
            var line = new Div();
            line.setText(getTranslation(
                    instance.instanceId().equals(here)
                            ? "oversight.admin.projections.instance-here"
                            : "oversight.admin.projections.instance",
                    instance.instanceId(),
                    time(instance.startedAt()),
                    time(instance.heartbeatAt())));
            instances.add(line);
        }
        getUI().ifPresent(this::keepPolling);
    }

    private void keepPolling(UI ui) {
        boolean running = rows.values().stream().anyMatch(row -> row.running);
        ui.setPollInterval(running ? POLL_MILLIS : -1);
    }

    private static String time(Instant at) {
        return at == null ? "" : TIME.format(at.atZone(ZONE));
    }

    private final class Row {
        final String projection;
        final VerticalLayout layout = new VerticalLayout();
        final Span state = new Span();
        final ProgressBar bar = new ProgressBar(0, 100);
        final Div segments = new Div();
        boolean running;

        Row(String projection) {
            this.projection = projection;
            var rebuild = new Button(getTranslation("oversight.admin.projections.rebuild"), click -> {
                try {
                    service.rebuild(projection, actor.get());
                    refresh();
                } catch (OversightRefusal refusal) {
                    Notices.refused(ProjectionRebuilds.this, refusal);
                }
            });
            rebuild.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            rebuild.setId("rebuild-" + projection);
            state.setId("rebuild-state-" + projection);
            bar.setId("rebuild-progress-" + projection);
            bar.setWidth("20em");
            segments.setId("segments-" + projection);
            segments.getStyle().set("font-size", "var(--lumo-font-size-s)");
            var name = new Span(getTranslation("oversight.admin.projections.name." + projection));
            name.getStyle().set("font-weight", "600").set("min-width", "8em");
            var head = new HorizontalLayout(name, rebuild, state);
            head.setAlignItems(Alignment.CENTER);
            layout.add(head, bar, segments);
            layout.setPadding(false);
            layout.setSpacing(false);
        }

        void show() {
            var status = service.rebuildStatus(projection);
            running = !status.finished();
            state.setText(describe(status));
            bar.setVisible(status.percent() != null && running);
            if (status.percent() != null) {
                bar.setValue(Math.min(100, status.percent()));
            }
            segments.removeAll();
            for (var segment : status.segments()) {
                var line = new Div();
                line.setText(getTranslation(
                        segment.owner() == null
                                ? "oversight.admin.projections.segment-free"
                                : "oversight.admin.projections.segment",
                        segment.id(),
                        segment.owner() == null ? "" : segment.owner(),
                        segment.position() == null ? "–" : segment.position(),
                        getTranslation(
                                segment.error()
                                        ? "oversight.admin.projections.segment-error"
                                        : segment.caughtUp()
                                                ? "oversight.admin.projections.segment-caught-up"
                                                : "oversight.admin.projections.segment-behind")));
                segments.add(line);
            }
        }

        private String describe(ReplayStatus status) {
            return switch (status.state()) {
                case "IDLE" -> getTranslation("oversight.admin.projections.idle");
                case "REQUESTED", "RESETTING" ->
                    getTranslation("oversight.admin.projections.requested", time(status.requestedAt()), who(status));
                case "RUNNING" ->
                    status.percent() == null
                            ? getTranslation("oversight.admin.projections.running", time(status.startedAt()))
                            : getTranslation(
                                    "oversight.admin.projections.progress",
                                    status.percent(),
                                    status.processed(),
                                    status.total(),
                                    status.eventsPerSecond() == null ? "–" : status.eventsPerSecond(),
                                    status.secondsLeft() == null ? "–" : status.secondsLeft());
                case "FINISHED" ->
                    getTranslation(
                            "oversight.admin.projections.finished",
                            time(status.finishedAt()),
                            status.total() == null ? "–" : status.total(),
                            status.eventsPerSecond() == null ? "–" : status.eventsPerSecond(),
                            who(status));
                default -> {
                    logFailure(status);
                    yield getTranslation("oversight.admin.projections.failed");
                }
            };
        }

        /** The engine's own words are for operators: the log gets them once, the administrator a translated text. */
        private void logFailure(ReplayStatus status) {
            var failure = status.state() + " " + status.requestedAt() + " " + status.message();
            if (!failure.equals(FAILURES_LOGGED.put(projection, failure))) {
                log.warn(
                        "Rebuild of projection {} asked for at {} ended {}: {}",
                        projection,
                        status.requestedAt(),
                        status.state(),
                        status.message());
            }
        }

        private String who(ReplayStatus status) {
            return status.requestedBy() == null ? "" : status.requestedBy();
        }
    }
}
