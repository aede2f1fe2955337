package org.onetrip.publicportal.ui;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import org.onetrip.layout.LiveRegion;
import org.onetrip.layout.MainLayout;
import org.onetrip.organisation.api.Department;
import org.onetrip.projections.cases.PublicCaseDocument;
import org.onetrip.publicportal.PublicPortal;

/** 办理结果公开: published handling results, full text, by department, page by page. No receipt codes. */
@Route(value = "results", layout = MainLayout.class)
@AnonymousAllowed
public class ResultsView extends VerticalLayout implements HasDynamicTitle {

    static final int PAGE_SIZE = 20;

    private final PublicPortal portal;
    final TextField text = new TextField();
    final ComboBox<Department> department = new ComboBox<>();
    final Grid<PublicCaseDocument> grid = new Grid<>();
    final Span pageInfo = new Span();
    final Button previous = new Button();
    final Button next = new Button();
    private int page;
    private long total;

    public ResultsView(PublicPortal portal) {
        this.portal = portal;
        setSizeFull();
        text.setId("results-text");
        text.setPlaceholder(getTranslation("public.results.text"));
        text.setAriaLabel(text.getPlaceholder());
        text.setMaxLength(200);
        text.setClearButtonVisible(true);
        text.setWidth("24em");
        text.setMaxWidth("100%");
        department.setId("results-department");
        department.setPlaceholder(getTranslation("public.results.department"));
        department.setAriaLabel(department.getPlaceholder());
        department.setItems(portal.departments());
        department.setItemLabelGenerator(d -> d.name(getLocale()));
        department.setClearButtonVisible(true);
        department.addValueChangeListener(e -> search(0));
        var find = new Button(getTranslation("public.results.search"), click -> search(0));
        find.setId("results-search");
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.addClickShortcut(Key.ENTER);

        grid.setId("results-grid");

        grid.setEmptyStateText(getTranslation("grid.empty.filtered"));
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES, GridVariant.LUMO_WRAP_CELL_CONTENT);
        grid.addColumn(PublicCaseDocument::title)
                .setHeader(getTranslation("public.results.title"))
                .setFlexGrow(3);
        grid.addColumn(doc -> getTranslation("public.kind." + doc.kind().name()))
                .setHeader(getTranslation("public.results.kind"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(doc -> departmentName(doc.departmentCode()))
                .setHeader(getTranslation("public.results.by"))
                .setFlexGrow(1);
        grid.addColumn(doc -> Formats.date(doc.filedAt()))
                .setHeader(getTranslation("public.results.filed"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(doc -> Formats.date(doc.answeredAt()))
                .setHeader(getTranslation("public.results.answered"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(doc -> doc.answeredOnTime() == null
                        ? ""
                        : getTranslation(doc.answeredOnTime() ? "public.results.on-time" : "public.results.late"))
                .setHeader(getTranslation("public.results.timeliness"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.addColumn(doc -> doc.rating() == null
                        ? ""
                        : getTranslation("public.rating." + doc.rating().name()))
                .setHeader(getTranslation("public.results.rating"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        grid.setItemDetailsRenderer(new ComponentRenderer<>(doc -> {
            var answer = new Paragraph(Formats.text(doc.answer()));
            answer.getStyle().set("margin", "0");
            return answer;
        }));
        grid.setDetailsVisibleOnClick(true);

        previous.setText(getTranslation("public.results.previous"));
        previous.setId("results-previous");
        previous.addClickListener(click -> search(page - 1));
        next.setText(getTranslation("public.results.next"));
        next.setId("results-next");
        next.addClickListener(click -> search(page + 1));
        pageInfo.setId("results-page");
        LiveRegion.polite(pageInfo);
        var paging = new HorizontalLayout(previous, pageInfo, next);
        paging.setAlignItems(Alignment.CENTER);

        var filters = new HorizontalLayout(text, department, find);
        filters.setAlignItems(Alignment.BASELINE);
        filters.getStyle().set("flex-wrap", "wrap");
        add(
                new H1(getTranslation("public.results.heading")),
                new Paragraph(getTranslation("public.results.intro")),
                filters,
                grid,
                paging);
        search(0);
    }

    void search(int wanted) {
        page = Math.max(0, wanted);
        try {
            var found = portal.searchPublished(
                    text.getValue(),
                    department.getValue() == null ? null : department.getValue().code(),
                    page,
                    PAGE_SIZE);
            total = found.total();
            grid.setItems(found.hits());
        } catch (RuntimeException e) {
            total = 0;
            grid.setItems(List.of());
            FileView.error(getTranslation("public.results.unavailable"));
        }
        long pages = Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
        pageInfo.setText(getTranslation("public.results.page", page + 1, pages, total));
        previous.setEnabled(page > 0);
        next.setEnabled(page + 1 < pages);
    }

    private String departmentName(String code) {
        return code == null
                ? ""
                : portal.department(code).map(d -> d.name(getLocale())).orElse(code);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("public.results.heading");
    }
}
