package org.onetrip.workbench.search.ui;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.DownloadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import org.onetrip.cases.api.CaseCategory;
import org.onetrip.cases.api.CaseKind;
import org.onetrip.cases.api.CaseStatus;
import org.onetrip.i18n.TownshipTime;
import org.onetrip.layout.LiveRegion;
import org.onetrip.layout.LocalDatePicker;
import org.onetrip.layout.MainLayout;
import org.onetrip.organisation.api.Department;
import org.onetrip.projections.cases.CaseExportCsv;
import org.onetrip.projections.cases.CaseSearchRequest;
import org.onetrip.projections.cases.CaseSearchResponse;
import org.onetrip.projections.cases.CaseSearchResponse.Hit;
import org.onetrip.projections.support.SearchUnavailableException;
import org.onetrip.workbench.WorkbenchRefusal;
import org.onetrip.workbench.search.StaffCaseSearch;
import org.onetrip.workbench.ui.DeadlineBadge;
import org.onetrip.workbench.ui.Notices;

/**
 * 案件检索: staff search every case they may read by its words (not all need to be there; category names
 * count), filter it, page through it, open a case on their own role's page and take the list to Excel.
 */
@Route(value = "search", layout = MainLayout.class)
@RolesAllowed({"INTAKE", "HANDLER", "DISCIPLINE", "AUDITOR"})
public class CaseSearchView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;
    static final DateTimeFormatter FILED = TownshipTime.MINUTES;

    private final StaffCaseSearch service;
    private final Clock clock;
    final TextField words = new TextField();
    final ComboBox<Department> department = new ComboBox<>();
    final ComboBox<CaseKind> kind = new ComboBox<>();
    final ComboBox<CaseCategory> category = new ComboBox<>();
    final ComboBox<CaseStatus> status = new ComboBox<>();
    final DatePicker filedFrom = new LocalDatePicker();
    final DatePicker filedTo = new LocalDatePicker();
    final Checkbox flagged = new Checkbox();
    final Button search = new Button();
    final Anchor export;
    final Paragraph total = new Paragraph();
    final Grid<Hit> hits = new Grid<>();
    final Button previous = new Button();
    final Button next = new Button();
    final Span pageLabel = new Span();
    private CaseSearchRequest shown;
    private volatile Searched lastSearched;

    /** What the export writes: the search last shown, in the language it was shown in. */
    private record Searched(CaseSearchRequest request, Locale locale) {}

    public CaseSearchView(StaffCaseSearch service, Clock clock) {
        this.clock = clock;
        this.service = service;
        setId("case-search");
        words.setId("search-words");
        words.setLabel(getTranslation("search.words"));
        words.setHelperText(getTranslation("search.words.help"));
        words.setClearButtonVisible(true);
        words.setMaxLength(200);
        words.setWidthFull();
        words.addKeyPressListener(Key.ENTER, enter -> runSearch(0));

        department.setId("search-department");
        department.setLabel(getTranslation("search.department"));
        department.setItems(service.departments());
        department.setItemLabelGenerator(d -> service.departmentName(d.code(), getLocale()));
        department.setClearButtonVisible(true);
        if (service.ownDepartmentOnly()) {
            department.setValue(service.departments().stream().findFirst().orElse(null));
            department.setReadOnly(true);
        }
        kind.setId("search-kind");
        kind.setLabel(getTranslation("search.kind"));
        kind.setItems(CaseKind.values());
        kind.setItemLabelGenerator(k -> getTranslation("workbench.kind." + k.name()));
        kind.setClearButtonVisible(true);
        category.setId("search-category");
        category.setLabel(getTranslation("search.category"));
        category.setItems(CaseCategory.values());
        category.setItemLabelGenerator(c -> getTranslation("workbench.category." + c.name()));
        category.setClearButtonVisible(true);
        status.setId("search-status");
        status.setLabel(getTranslation("search.status"));
        status.setItems(Arrays.stream(CaseStatus.values()).toList());
        status.setItemLabelGenerator(s -> getTranslation("status." + s.name()));
        status.setClearButtonVisible(true);
        filedFrom.setId("search-filed-from");
        filedFrom.setLabel(getTranslation("search.filed-from"));
        filedFrom.setClearButtonVisible(true);
        filedTo.setId("search-filed-to");
        filedTo.setLabel(getTranslation("search.filed-to"));
        filedTo.setClearButtonVisible(true);
        flagged.setId("search-flagged");
        flagged.setLabel(getTranslation("search.flagged"));

        search.setId("search-submit");
        search.setText(getTranslation("search.submit"));
        search.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        search.addClickListener(click -> runSearch(0));
        export = new Anchor(
                (DownloadHandler) download -> {
                    var searched = lastSearched;
                    download.setFileName(CaseExportCsv.fileName(clock));
                    download.setContentType("text/csv;charset=UTF-8");
                    service.export(searched.request(), searched.locale(), download.getOutputStream());
                },
                getTranslation("search.export"));
        export.setId("search-export");
        export.getElement().setAttribute("download", true);
        export.setEnabled(false);

        var filters = new FormLayout(department, kind, category, status, filedFrom, filedTo);
        filters.setResponsiveSteps(
                new FormLayout.ResponsiveStep("0", 1),
                new FormLayout.ResponsiveStep("30em", 2),
                new FormLayout.ResponsiveStep("60em", 3));
        var buttons = new HorizontalLayout(flagged, search, export);
        buttons.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        total.setId("search-total");
        LiveRegion.polite(total);
        hits.setId("search-hits");
        hits.addComponentColumn(this::titleCell)
                .setHeader(getTranslation("search.column.case"))
                .setFlexGrow(3);
        hits.addColumn(hit -> word("workbench.kind.", hit.kind()))
                .setHeader(getTranslation("search.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(hit -> word("workbench.category.", hit.category()))
                .setHeader(getTranslation("search.category"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(hit -> word("status.", hit.status()))
                .setHeader(getTranslation("search.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(hit ->
                        hit.departmentCode() == null ? "" : service.departmentName(hit.departmentCode(), getLocale()))
                .setHeader(getTranslation("search.department"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(hit -> hit.filedAt() == null ? "" : FILED.format(hit.filedAt()))
                .setHeader(getTranslation("search.column.filed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addComponentColumn(hit -> new DeadlineBadge(hit.deadlineStatus()))
                .setHeader(getTranslation("search.column.deadline"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addColumn(hit -> hit.flagScore() > 0 ? getTranslation("search.flag-score", hit.flagScore()) : "")
                .setHeader(getTranslation("search.column.flags"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        hits.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        hits.setAllRowsVisible(true);
        hits.addItemDoubleClickListener(click -> open(click.getItem()));

        previous.setId("search-previous");
        previous.setText(getTranslation("search.previous"));
        previous.addClickListener(click -> runSearch(shown.page() - 1));
        next.setId("search-next");
        next.setText(getTranslation("search.next"));
        next.addClickListener(click -> runSearch(shown.page() + 1));
        pageLabel.setId("search-page");
        var paging = new HorizontalLayout(previous, pageLabel, next);
        paging.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);

        var explanation = new Paragraph(
                getTranslation(service.ownDepartmentOnly() ? "search.explanation.department" : "search.explanation"));
        add(new H1(getTranslation("search.title")), explanation, words, filters, buttons, total, hits, paging);
        runSearch(0);
        words.focus();
    }

    private Div titleCell(Hit hit) {
        var cell = new Div();
        var title = service.casePage(hit.caseId())
                .map(page -> (com.vaadin.flow.component.Component) new Anchor(page, hit.title()))
                .orElseGet(() -> new Span(hit.title()));
        title.getElement().setAttribute("class", "search-hit-title");
        title.getElement().getStyle().set("font-weight", "600");
        cell.add(title);
        for (var passage : hit.highlights()) {
            // Elasticsearch escaped the case's text (encoder html); only its <mark> tags are markup
            var shown = new Html("<div class=\"search-hit-passage\">… " + passage + " …</div>");
            shown.getElement().getStyle().set("color", "var(--lumo-secondary-text-color)");
            cell.add(shown);
        }
        return cell;
    }

    private void open(Hit hit) {
        service.casePage(hit.caseId()).ifPresent(page -> getUI().ifPresent(ui -> ui.navigate(page)));
    }

    void runSearch(int page) {
        var request = new CaseSearchRequest(
                words.getValue(),
                status.getValue() == null ? null : List.of(status.getValue()),
                department.getValue() == null
                        ? null
                        : List.of(department.getValue().code()),
                kind.getValue() == null ? null : List.of(kind.getValue()),
                category.getValue() == null ? null : List.of(category.getValue()),
                null,
                null,
                flagged.getValue(),
                false,
                filedFrom.getValue(),
                filedTo.getValue(),
                Math.max(0, page),
                PAGE_SIZE,
                null);
        CaseSearchResponse response;
        try {
            response = service.search(request);
        } catch (WorkbenchRefusal refusal) {
            Notices.refused(this, refusal);
            return;
        } catch (SearchUnavailableException unavailable) {
            total.setText(getTranslation("search.unavailable"));
            return;
        }
        shown = request;
        lastSearched = new Searched(request, getLocale());
        hits.setItems(response.hits());
        total.setText(
                response.total() == 0
                        ? getTranslation("search.none")
                        : getTranslation("search.total", response.total()));
        long pages = Math.max(1, (response.total() + PAGE_SIZE - 1) / PAGE_SIZE);
        pageLabel.setText(getTranslation("search.page", request.page() + 1, pages));
        previous.setEnabled(request.page() > 0);
        next.setEnabled(request.page() + 1 < pages && (long) (request.page() + 2) * PAGE_SIZE <= 10_000);
        export.setEnabled(response.total() > 0);
    }

    private String word(String prefix, Enum<?> value) {
        return value == null ? "" : getTranslation(prefix + value.name());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("search.title");
    }
}
