package org.onetrip.liaison.grid.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.YearMonth;
import java.util.List;
import org.onetrip.calendar.query.WorkingDays;
import org.onetrip.grid.api.GridCadre;
import org.onetrip.grid.api.GridCadreRole;
import org.onetrip.grid.api.GridLimits;
import org.onetrip.grid.application.GridVisits;
import org.onetrip.layout.Freshness;
import org.onetrip.layout.MainLayout;
import org.onetrip.layout.Phrases;
import org.onetrip.liaison.ui.Attempts;
import org.onetrip.liaison.ui.StaffSession;
import org.onetrip.liaison.ui.Texts;
import org.onetrip.organisation.api.DepartmentType;
import org.onetrip.organisation.query.DepartmentDirectory;
import org.onetrip.organisation.query.StaffDirectory;
import org.onetrip.projections.liaison.GridDocument;
import org.onetrip.projections.liaison.GridSearch;

/**
 * 网格: the township's grids, each with its 联村领导, 联网格干部 and 村（居）干部 (四.四.1), and the monthly visit
 * norm. Everyone on the staff sees them; 党政办 and administrators draw grids, fill posts and set the norm.
 */
@Route(value = "grids", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "HANDLER", "DISCIPLINE", "AUDITOR", "ADMIN"})
public class GridsView extends VerticalLayout implements HasDynamicTitle {

    private final GridVisits visits;
    private final GridSearch search;
    private final StaffSession session;
    private final DepartmentDirectory departments;
    final Grid<GridDocument> grids = new Grid<>();
    final Div details = new Div();
    final NormForm norms;

    public GridsView(
            GridVisits visits,
            GridSearch search,
            StaffSession session,
            DepartmentDirectory departments,
            StaffDirectory staff,
            Clock clock) {
        this.visits = visits;
        this.search = search;
        this.session = session;
        this.departments = departments;
        boolean leads = session.leadsLiaison();
        grids.setId("grids");
        grids.addColumn(grid -> Phrases.qualified(this, grid.name, grid.gridId))
                .setHeader(getTranslation("liaison.grid.name"))
                .setAutoWidth(true);
        grids.addColumn(grid -> departments.name(grid.villageDepartmentCode, getLocale()))
                .setHeader(getTranslation("liaison.grid.village"))
                .setAutoWidth(true);
        for (var role : GridCadreRole.values()) {
            grids.addColumn(grid -> holder(grid.post(role)))
                    .setHeader(getTranslation("liaison.grid.role." + role.name()))
                    .setAutoWidth(true);
        }
        grids.addColumn(grid -> grid.visits)
                .setHeader(getTranslation("liaison.grid.visits"))
                .setAutoWidth(true);
        grids.addColumn(grid -> Texts.day(grid.lastVisitOn))
                .setHeader(getTranslation("liaison.grid.last-visit"))
                .setAutoWidth(true);
        grids.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        grids.setAllRowsVisible(true);
        grids.asSingleSelect().addValueChangeListener(change -> showDetails(change.getValue(), staff, leads));
        details.setId("grid-details");
        details.setWidthFull();

        var refresh = new Button(getTranslation("liaison.refresh"), click -> refresh());
        refresh.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        refresh.setId("grids-refresh");
        add(
                new H1(getTranslation("liaison.grids.heading")),
                new Paragraph(getTranslation("liaison.grids.explanation")),
                refresh,
                grids,
                details);
        if (leads) {
            var villages = departments.all().stream()
                    .filter(d -> d.type() == DepartmentType.VILLAGE)
                    .toList();
            add(
                    new H2(getTranslation("liaison.grid.new")),
                    new GridForm(
                            villages,
                            grid -> Attempts.grid(
                                            this,
                                            () -> visits.define(
                                                    session.actor(),
                                                    grid.gridId(),
                                                    grid.name(),
                                                    grid.villageDepartmentCode(),
                                                    grid.area()),
                                            "liaison.grid.defined")
                                    && refreshAfterDefining(grid.gridId())));
        }
        norms = new NormForm(YearMonth.now(clock.withZone(WorkingDays.ZONE)), leads, norm -> {
            boolean done = Attempts.grid(
                    this,
                    () -> visits.setNorm(session.actor(), norm.visits(), norm.from(), norm.reason()),
                    "liaison.norm.done");
            if (done) {
                refreshNorms();
            }
            return done;
        });
        add(
                new H2(getTranslation("liaison.norm.heading")),
                new Paragraph(getTranslation("liaison.norm.explanation")),
                norms);
        norms.show(visits.norms().norms());
        refresh();
    }

    private boolean refreshAfterDefining(String gridId) {
        Freshness.await(() -> search.grids(null).stream().anyMatch(grid -> grid.gridId.equals(gridId)));
        refresh();
        return true;
    }

    private void refreshNorms() {
        norms.show(visits.norms().norms());
    }

    void refresh() {
        Attempts.run(this, () -> search.grids(null)).ifPresent(grids::setItems);
    }

    private String holder(GridCadre cadre) {
        return cadre == null
                ? getTranslation("liaison.grid.vacant")
                : Phrases.qualified(this, cadre.name(), departments.name(cadre.departmentCode(), getLocale()));
    }

    private void showDetails(GridDocument grid, StaffDirectory staff, boolean leads) {
        details.removeAll();
        if (grid == null) {
            return;
        }
        var heading = new H2(Phrases.qualified(this, grid.name, grid.gridId));
        heading.setId("grid-details-heading");
        details.add(heading);
        if (grid.area != null) {
            details.add(new Paragraph(Phrases.labelled(this, getTranslation("liaison.grid.area"), grid.area)));
        }
        for (var role : GridCadreRole.values()) {
            var cadre = grid.post(role);
            var line = new HorizontalLayout(new Span(
                    Phrases.labelled(this, getTranslation("liaison.grid.role." + role.name()), holder(cadre))));
            line.setAlignItems(FlexComponent.Alignment.BASELINE);
            if (leads && cadre != null) {
                var reason = new TextField();
                reason.setPlaceholder(getTranslation("liaison.reason"));
                var post = getTranslation("liaison.grid.role." + role.name());
                reason.setAriaLabel(getTranslation("liaison.grid.release-reason", post));
                reason.setMaxLength(GridLimits.REASON);
                reason.setId("release-reason-" + role.name());
                var release = new Button(getTranslation("liaison.grid.release"), click -> {
                    if (reason.getValue().isBlank()) {
                        reason.setInvalid(true);
                        reason.setErrorMessage(getTranslation("oversight.field.required"));
                        return;
                    }
                    if (Attempts.grid(
                            this,
                            () -> visits.releaseCadre(
                                    session.actor(),
                                    grid.gridId,
                                    role,
                                    reason.getValue().strip()),
                            "liaison.grid.released")) {
                        refreshAfterChange(grid);
                    }
                });
                release.setId("release-" + role.name());
                release.setAriaLabel(getTranslation("liaison.grid.release-post", post));
                release.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_TERTIARY);
                line.add(reason, release);
            }
            details.add(line);
        }
        var history = new Grid<GridDocument.Tenure>();
        history.setId("grid-tenures");
        history.addColumn(t -> getTranslation("liaison.grid.role." + t.role().name()))
                .setHeader(getTranslation("liaison.grid.post"));
        history.addColumn(GridDocument.Tenure::name).setHeader(getTranslation("liaison.grid.person"));
        history.addColumn(t -> departments.name(t.departmentCode(), getLocale()))
                .setHeader(getTranslation("liaison.department"));
        history.addColumn(t -> Texts.day(t.from())).setHeader(getTranslation("liaison.grid.from"));
        history.addColumn(t -> t.until() == null ? getTranslation("liaison.grid.still") : Texts.day(t.until()))
                .setHeader(getTranslation("liaison.grid.until"));
        history.setItems(grid.tenures);
        history.addThemeVariants(GridVariant.LUMO_COMPACT);
        history.setAllRowsVisible(true);
        details.add(new H3(getTranslation("liaison.grid.history")), history);
        if (leads) {
            details.add(
                    new H3(getTranslation("liaison.grid.fill-post")),
                    new CadreForm(staff.fieldStaff(), departments::name, assignment -> {
                        boolean done = Attempts.grid(
                                this,
                                () -> visits.assignCadre(
                                        session.actor(),
                                        grid.gridId,
                                        assignment.role(),
                                        assignment.personId(),
                                        assignment.reason()),
                                "liaison.grid.assigned");
                        if (done) {
                            refreshAfterChange(grid);
                        }
                        return done;
                    }),
                    reviseForm(grid));
        }
    }

    private com.vaadin.flow.component.Component reviseForm(GridDocument grid) {
        var name = new TextField(getTranslation("liaison.grid.name"));
        name.setValue(grid.name);
        name.setMaxLength(GridLimits.NAME);
        var area = new TextArea(getTranslation("liaison.grid.area"));
        area.setValue(grid.area == null ? "" : grid.area);
        area.setMaxLength(GridLimits.AREA);
        var reason = new TextField(getTranslation("liaison.reason"));
        reason.setMaxLength(GridLimits.REASON);
        var revise = new Button(getTranslation("liaison.grid.revise"), click -> {
            if (reason.getValue().isBlank() || name.getValue().isBlank()) {
                reason.setInvalid(reason.getValue().isBlank());
                name.setInvalid(name.getValue().isBlank());
                return;
            }
            if (Attempts.grid(
                    this,
                    () -> visits.revise(
                            session.actor(),
                            grid.gridId,
                            name.getValue(),
                            Texts.blankToNull(area.getValue()),
                            reason.getValue().strip()),
                    "liaison.grid.revised")) {
                refreshAfterChange(grid);
            }
        });
        revise.setId("grid-revise");
        var row = new HorizontalLayout(name, area, reason, revise);
        row.setAlignItems(FlexComponent.Alignment.BASELINE);
        row.getStyle().set("flex-wrap", "wrap");
        var box = new VerticalLayout(new H3(getTranslation("liaison.grid.revise")), row);
        box.setPadding(false);
        return box;
    }

    /** Shows the grid again once the search side has taken in the change just made to it. */
    private void refreshAfterChange(GridDocument before) {
        Freshness.await(() -> search.grids(null).stream()
                .anyMatch(now -> now.gridId.equals(before.gridId) && now.sequence > before.sequence));
        details.removeAll();
        refresh();
        search.grid(before.gridId).ifPresent(grids::select);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("liaison.grids.heading");
    }

    List<GridDocument> shown() {
        return grids.getGenericDataView().getItems().toList();
    }
}
