package org.onetrip.editorial.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import org.onetrip.disclosure.api.BulletinComputation;
import org.onetrip.disclosure.api.DisclosureLimits;
import org.onetrip.editorial.Editorial;
import org.onetrip.editorial.EditorialRefusal;
import org.onetrip.layout.LocalDateTimePicker;
import org.onetrip.layout.MainLayout;
import org.onetrip.publicportal.ui.BulletinFiguresPanel;
import org.onetrip.publicportal.ui.BulletinView;
import org.onetrip.security.StaffPrincipal;

/**
 * The discipline office publishes the monthly bulletin (定期通报): choose the month and the cut-off, see
 * a preview computed by the same calculator the bulletin uses — the charts and table the public page
 * will show — then publish. Changing the month, cut-off or title withdraws the preview, so what is
 * published is what was last previewed; if events dated before the cut-off were stored in between, the
 * page says so.
 */
@Route(value = "editor/bulletins", layout = MainLayout.class)
@RolesAllowed({"DISCIPLINE", "ADMIN"})
public class BulletinPublishView extends VerticalLayout implements HasDynamicTitle {

    private final Editorial editorial;
    private final AuthenticationContext authentication;
    private final Select<YearMonth> period = new Select<>();
    private final DateTimePicker cutOff = new LocalDateTimePicker();
    private final TextField title = new TextField();
    private final Button preview = new Button();
    private final Button publish = new Button();
    private final Div previewBox = new Div();
    private final Paragraph message = new Paragraph();
    private BulletinComputation previewed;

    public BulletinPublishView(Editorial editorial, AuthenticationContext authentication) {
        this.editorial = editorial;
        this.authentication = authentication;
        setMaxWidth("1200px");
        var thisMonth = YearMonth.from(editorial.today());
        var months = new ArrayList<YearMonth>();
        for (int i = 0; i < 13; i++) {
            months.add(thisMonth.minusMonths(i));
        }
        period.setId("bulletin-period");
        period.setLabel(getTranslation("editor.bulletin.period"));
        period.setItems(months);
        period.setItemLabelGenerator(month -> getTranslation(
                "editor.bulletin.month", String.valueOf(month.getYear()), String.valueOf(month.getMonthValue())));
        cutOff.setId("bulletin-cut-off");
        cutOff.setLabel(getTranslation("editor.bulletin.cut-off"));
        cutOff.setHelperText(getTranslation("editor.bulletin.cut-off-help"));
        title.setId("bulletin-title");
        title.setLabel(getTranslation("editor.bulletin.title-field"));
        title.setMaxLength(DisclosureLimits.BULLETIN_TITLE);
        title.setWidth("min(36em, 100%)");
        preview.setId("bulletin-preview");
        preview.setText(getTranslation("editor.bulletin.preview"));
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.addClickListener(event -> showPreview());
        publish.setId("bulletin-publish");
        publish.setText(getTranslation("editor.bulletin.publish"));
        publish.setEnabled(false);
        publish.setTooltipText(getTranslation("editor.bulletin.publish-needs-preview"));
        publish.addClickListener(event -> publish());
        message.setId("bulletin-message");
        previewBox.setId("bulletin-preview-box");
        previewBox.setWidthFull();

        period.addValueChangeListener(event -> {
            title.setPlaceholder(event.getValue() == null ? "" : editorial.defaultBulletinTitle(event.getValue()));
            cutOff.setValue(defaultCutOff(event.getValue()));
            withdrawPreview();
        });
        cutOff.addValueChangeListener(event -> withdrawPreview());
        title.addValueChangeListener(event -> withdrawPreview());
        // a bulletin is usually published in the first days of the next month, for the month just ended
        period.setValue(thisMonth.minusMonths(1));

        var form = new HorizontalLayout(period, cutOff, title);
        form.setWrap(true);
        form.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.BASELINE);
        add(
                new H1(getTranslation("editor.bulletin.heading")),
                new Paragraph(getTranslation("editor.bulletin.explanation")),
                form,
                new HorizontalLayout(preview, publish),
                message,
                previewBox,
                published());
    }

    /** The end of a past month; for the current month, the current minute's start, which has passed. */
    private LocalDateTime defaultCutOff(YearMonth month) {
        if (month == null) {
            return null;
        }
        var now = LocalDateTime.now(editorial.clock().withZone(Tables.ZONE));
        var end = month.plusMonths(1).atDay(1).atStartOfDay();
        if (end.isBefore(now) || end.isEqual(now)) {
            return end;
        }
        return now.truncatedTo(ChronoUnit.MINUTES);
    }

    private Instant cutOffInstant() {
        return cutOff.getValue() == null
                ? null
                : cutOff.getValue().atZone(Tables.ZONE).toInstant();
    }

    void showPreview() {
        withdrawPreview();
        if (period.getValue() == null || cutOff.getValue() == null) {
            message.setText(getTranslation("editor.bulletin.choose"));
            return;
        }
        var computed = editorial.previewBulletin(period.getValue(), cutOffInstant());
        if (computed.isEmpty()) {
            message.setText(getTranslation("editor.bulletin.cut-off-invalid"));
            return;
        }
        previewed = computed.get();
        var panel = new BulletinFiguresPanel(
                previewed.figures(), f -> editorial.departmentName(f.departmentCode(), getLocale()));
        var inputs = new Paragraph(getTranslation(
                "editor.bulletin.preview-inputs",
                Tables.dateTime(previewed.periodStart()),
                Tables.dateTime(previewed.cutOff()),
                String.valueOf(previewed.eventCount()),
                String.valueOf(previewed.lastEventPosition()),
                String.valueOf(previewed.calendarVersion())));
        inputs.setId("bulletin-preview-inputs");
        previewBox.add(
                new H2(getTranslation("editor.bulletin.preview-heading", effectiveTitle())),
                inputs,
                panel.charts(),
                panel.table("bulletin-preview-table"));
        publish.setEnabled(true);
        publish.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        preview.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setTooltipText(null);
        message.setText(getTranslation("editor.bulletin.preview-ready"));
    }

    void publish() {
        if (previewed == null) {
            return;
        }
        var actor = Editorial.actor(authentication.getAuthenticatedUser(StaffPrincipal.class));
        try {
            var bulletinId = editorial.publishBulletin(actor, title.getValue(), period.getValue(), cutOffInstant());
            var bulletin = editorial.bulletin(bulletinId).orElseThrow();
            var same = bulletin.figures().equals(previewed.figures());
            withdrawPreview();
            message.setText(getTranslation(same ? "editor.bulletin.published" : "editor.bulletin.published-changed"));
            var link = new RouterLink(bulletin.title(), BulletinView.class, BulletinView.of(bulletinId));
            link.setId("bulletin-published-link");
            previewBox.add(link);
        } catch (EditorialRefusal refusal) {
            message.setText(getTranslation(refusal.key()));
        }
    }

    private void withdrawPreview() {
        previewed = null;
        previewBox.removeAll();
        message.setText("");
        publish.setEnabled(false);
        publish.removeThemeVariants(ButtonVariant.LUMO_PRIMARY);
        publish.setTooltipText(getTranslation("editor.bulletin.publish-needs-preview"));
        preview.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
    }

    private String effectiveTitle() {
        return title.getValue().isBlank() ? editorial.defaultBulletinTitle(period.getValue()) : title.getValue();
    }

    private Div published() {
        var list = new Div(new H2(getTranslation("editor.bulletin.published-list")));
        list.setId("bulletin-published-list");
        var bulletins = editorial.bulletins();
        if (bulletins.isEmpty()) {
            list.add(new Paragraph(getTranslation("editor.bulletin.none-published")));
        }
        for (var bulletin : bulletins) {
            var line = new Div(
                    new RouterLink(bulletin.title(), BulletinView.class, BulletinView.of(bulletin.bulletinId())));
            line.add(new Paragraph(getTranslation(
                    "editor.bulletin.published-line",
                    Tables.dateTime(bulletin.cutOff()),
                    Tables.dateTime(bulletin.publishedAt()))));
            list.add(line);
        }
        return list;
    }

    /** For tests: the fields as a clerk fills them. */
    Select<YearMonth> period() {
        return period;
    }

    DateTimePicker cutOff() {
        return cutOff;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("editor.bulletin.heading");
    }
}
